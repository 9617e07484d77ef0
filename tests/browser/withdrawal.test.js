// A person checks their withdrawal deadline in the real page (headless Chromium): served over
// http with a strict CSP header, and opened straight from disk. The page must ask for nothing.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const { launch, openPage, serveDist, PAGE_URL_FILE, ROOT } = require('./browser');

const SHOTS = path.join(ROOT, 'tests', 'browser', 'screenshots');
fs.mkdirSync(SHOTS, { recursive: true });
const csp = fs.readFileSync(path.join(ROOT, 'dist', 'csp.txt'), 'utf8').trim();

let browser, served;
test.before(async () => {
  browser = await launch();
  served = await serveDist({ 'Content-Security-Policy': csp });
});
test.after(async () => {
  await browser.close();
  served.server.close();
});

// Types a date into a date field as a person would: focus it, then the digits (jj mm aaaa).
async function typeDate(page, selector, ddmmyyyy) {
  await page.locator(selector).focus();
  await page.keyboard.type(ddmmyyyy);
}

// Presses Tab until the element with that id (inside <droit-conso>) has the focus.
async function tabTo(page, id) {
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    const active = await page.evaluate(() => {
      const a = document.querySelector('droit-conso').shadowRoot.activeElement;
      return a ? a.id : '';
    });
    if (active === id) return;
  }
  throw new Error(`Tab never reached #${id}`);
}

async function withdrawalJourney(url, shotName) {
  const { context, page, log } = await openPage(browser, url, { clock: new Date('2026-01-20T10:00:00+01:00') });
  await page.locator('droit-conso >> #received').waitFor();
  await typeDate(page, 'droit-conso >> #received', '14012026');
  // Tab past the territory (metropolitan France by default) and "Date du jour" (today) to the button.
  await tabTo(page, 'calculate');
  await page.keyboard.press('Enter');
  const answer = page.locator('droit-conso >> #answer');
  await answer.waitFor();
  const text = await answer.innerText();
  const days = await page.locator('droit-conso >> #days-left').innerText();
  const steps = await page.locator('droit-conso >> .steps li').allInnerTexts();
  const links = await page.locator('droit-conso >> .steps a').evaluateAll((as) => as.map((a) => a.href));
  await page.screenshot({ path: path.join(SHOTS, shotName), fullPage: true });
  await context.close();
  return { text, days, steps, links, log };
}

function assertJourney(r, pageUrl) {
  assert.match(r.text, /mercredi 28 janvier 2026/);
  assert.match(r.days, /8 jours/);
  assert.ok(r.steps.some((s) => s.includes('L221-18')), r.steps.join('\n'));
  assert.ok(r.steps.some((s) => s.includes('L221-19')));
  assert.ok(r.links.every((h) => h.startsWith('https://www.legifrance.gouv.fr/')), r.links.join(' '));
  assert.deepEqual(r.log.requests, [pageUrl], 'the page asked for nothing but itself');
  assert.deepEqual(r.log.consoleErrors, [], 'no console error (a CSP violation would show here)');
  assert.deepEqual(r.log.pageErrors, []);
}

test('served over http under a strict CSP header: the last day, the days left, the articles', async () => {
  assertJourney(await withdrawalJourney(served.url, 'withdrawal-http.png'), served.url);
});

test('opened from disk (file://): the same answer, no request', async () => {
  assertJourney(await withdrawalJourney(PAGE_URL_FILE, 'withdrawal-file.png'), PAGE_URL_FILE);
});

test('the CSP allows no eval and no inline code but its own hashed scripts', async () => {
  const html = fs.readFileSync(path.join(ROOT, 'dist', 'droitconso.html'), 'utf8');
  assert.ok(!csp.includes("'unsafe-eval'") && !csp.includes("'unsafe-inline'"), csp);
  assert.match(csp, /'wasm-unsafe-eval'/);
  assert.match(csp, /default-src 'none'/);
  assert.ok(html.includes(`content="${csp}"`), 'the page carries its CSP in a meta element too');
  assert.ok(!/<script[^>]+src=/i.test(html) && !/<link[^>]+stylesheet/i.test(html), 'one self-contained file');
});

test('Alsace-Moselle around Good Friday: the safe date and the later one', async () => {
  const { context, page } = await openPage(browser, PAGE_URL_FILE, { clock: new Date('2026-03-25T10:00:00+01:00') });
  await typeDate(page, 'droit-conso >> #received', '20032026');
  await page.locator('droit-conso >> #territory').selectOption('alsace-moselle');
  await page.locator('droit-conso >> #calculate').click();
  assert.match(await page.locator('droit-conso >> #answer').innerText(), /vendredi 3 avril 2026/);
  assert.match(await page.locator('droit-conso >> #status').innerText(), /mardi 7 avril 2026/);
  await context.close();
});

test('bad input: an incomplete date gets a message beside the field and the form keeps its content', async () => {
  const { context, page } = await openPage(browser, PAGE_URL_FILE, { clock: new Date('2026-01-20T10:00:00+01:00') });
  await page.locator('droit-conso >> #territory').selectOption('guyane');
  await typeDate(page, 'droit-conso >> #received', '3102');  // day and month only
  await page.locator('droit-conso >> #calculate').click();
  const error = page.locator('droit-conso >> #received-error');
  await error.waitFor();
  assert.match(await error.innerText(), /Date incomplète/);
  assert.equal(await page.locator('droit-conso >> #received').getAttribute('aria-invalid'), 'true');
  assert.equal(await page.locator('droit-conso >> #territory').inputValue(), 'guyane');
  await context.close();
});

test('a date after today is refused with the field named', async () => {
  const { context, page } = await openPage(browser, PAGE_URL_FILE, { clock: new Date('2026-01-20T10:00:00+01:00') });
  await typeDate(page, 'droit-conso >> #received', '14022026');
  await page.locator('droit-conso >> #calculate').click();
  const error = page.locator('droit-conso >> #received-error');
  await error.waitFor();
  assert.match(await error.innerText(), /après aujourd'hui/);
  assert.equal(await page.locator('droit-conso >> #received').inputValue(), '2026-02-14');
  await context.close();
});

test('English: every label and the explanation switch language', async () => {
  const { context, page } = await openPage(browser, PAGE_URL_FILE, { clock: new Date('2026-01-20T10:00:00+01:00') });
  await typeDate(page, 'droit-conso >> #received', '14012026');
  await page.locator('droit-conso >> #calculate').click();
  await page.locator('droit-conso >> #answer').waitFor();
  await page.locator('droit-conso >> .lang').click();
  assert.match(await page.locator('droit-conso >> #answer').innerText(), /You can withdraw until Wednesday,? 28 January 2026/);
  assert.match(await page.locator('droit-conso >> .steps').innerText(), /is not counted/);
  assert.equal(await page.locator('droit-conso >> #received').inputValue(), '2026-01-14', 'the answer survives the switch');
  await page.screenshot({ path: path.join(SHOTS, 'withdrawal-en.png'), fullPage: true });
  await context.close();
});
