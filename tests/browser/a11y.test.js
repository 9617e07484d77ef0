// Accessibility, proven in headless Chromium: axe-core finds no WCAG 2.1 AA violation on any
// screen (French and English), every field has its label, the focus is always visible, and the
// page reflows at 375 px and at 200 % zoom (screenshots of both, to look at).
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { launch, openPage, $, typeDate, withdrawal, axe, shot, PAGE_URL_FILE, JAN_20 } = require('./browser');

let browser;
const figures = [];
test.before(async () => { browser = await launch(); });
test.after(async () => {
  await browser.close();
  console.log('# axe-core WCAG 2.1 AA, per screen (violations / rules passed): ' + figures.join(', '));
});

async function noViolation(page, screen) {
  const r = await axe(page);
  figures.push(`${screen} ${r.violations.length}/${r.passes}`);
  assert.deepEqual(r.violations, [], `${screen}: ${JSON.stringify(r.violations, null, 1)}`);
}

// Every input and select of the element is named by a <label> (radio buttons: theirs, in a
// fieldset whose legend asks the question).
async function assertLabelled(page, screen) {
  const unlabelled = await page.evaluate(() => [...document.querySelector('droit-conso').shadowRoot.querySelectorAll('input, select')]
    .filter((c) => !c.labels.length || !c.labels[0].textContent.trim() || (c.type === 'radio' && !c.closest('fieldset').querySelector('legend').textContent.trim()))
    .map((c) => c.id || c.outerHTML));
  assert.deepEqual(unlabelled, [], screen);
}

test('axe-core: 0 violations on every screen, in French and in English; every field labelled', async () => {
  const { context, page } = await openPage(browser, PAGE_URL_FILE, { clock: JAN_20 });
  await $(page, '#situation-withdrawal').waitFor();
  await noViolation(page, 'start');
  await $(page, '#situation-withdrawal').click();
  await noViolation(page, 'received');
  await assertLabelled(page, 'received');
  await $(page, '#next').click();
  await $(page, '#received-error').filter({ hasText: /./ }).waitFor();
  await noViolation(page, 'received-error');
  await typeDate(page, '#received', '14012026');
  await $(page, '#next').click();
  await $(page, 'details summary').click();
  await noViolation(page, 'territory+today');
  await assertLabelled(page, 'territory+today');
  await $(page, '#next').click();
  await $(page, '#answer').waitFor();
  await noViolation(page, 'result');
  await $(page, '#share').click();
  await $(page, '#share-link').waitFor();
  await noViolation(page, 'result+share');
  await assertLabelled(page, 'result+share');
  await $(page, '#home').click();
  // « Le vendeur refuse »: the reasons (each with its hint), a core question, the answer.
  await $(page, '#situation-refusal').click();
  await noViolation(page, 'refusal-reasons');
  await assertLabelled(page, 'refusal-reasons');
  await $(page, 'input[name=reason][value=opened-or-used] + label').click();
  await $(page, '#next').click();
  await $(page, '#next').click();
  await $(page, '#seller').waitFor();
  await noViolation(page, 'refusal-scope');
  await assertLabelled(page, 'refusal-scope');
  await page.evaluate(() => {
    location.hash = '#dc=1&s=refusal&l=fr&v.reason=opened-or-used&v.territory=metropole&v.seller=professional&v.channel=distance' +
      '&v.contract=goods&v.sector=none&v.concluded=2026-01-05&v.received=2026-01-10&v.financialMarketPrice=false&v.personalised=false' +
      '&v.perishable=false&v.hygieneProduct=false&v.mixedInseparably=false&v.alcohol=false&v.recordingOrSoftware=false' +
      '&v.newspaper=false&v.publicAuction=false&v.infoGiven=true&v.withdrawalSent=2026-01-15&v.proof=photos';
  });
  await $(page, '#reply').waitFor();
  await noViolation(page, 'refusal-answer');
  await assertLabelled(page, 'refusal-answer');
  // A core without `refusal` (an engine still to come): the situation says « bientôt disponible ».
  await page.evaluate(() => {
    const host = document.querySelector('droit-conso');
    host.about = Object.assign({}, host.about, { questions: host.about.questions.filter((q) => q !== 'refusal') });
    host.show({ kind: 'start' });
  });
  await $(page, '#situation-refusal').click();
  await noViolation(page, 'soon');
  await $(page, '#home').click();
  await $(page, '#case-file').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('not a case') });
  await $(page, '#case-file-error').filter({ hasText: /./ }).waitFor();
  await noViolation(page, 'start+file-error');
  await $(page, '.lang').click();
  await noViolation(page, 'en-start');
  await withdrawal(page, '14012026');
  await noViolation(page, 'en-result');
  await context.close();
});

test('axe-core: 0 violations on a question asked as a choice (radio buttons)', async () => {
  const { context, page } = await openPage(browser, PAGE_URL_FILE, { clock: JAN_20 });
  await $(page, '#situation-withdrawal').waitFor();
  await page.evaluate(() => {
    const host = document.querySelector('droit-conso'), real = host.engine;
    host.engine = { ask: (r) => (!r.item ? { ok: true, missing: [{ field: 'item', kind: 'choice', question: { fr: 'Qu\'avez-vous acheté ?' },
      hint: { fr: 'Un seul choix.' }, options: [{ value: 'goods', label: { fr: 'Un bien' } }, { value: 'service', label: { fr: 'Un service' } }] }] } : real.ask(r)) };
  });
  await $(page, '#situation-withdrawal').click();
  await typeDate(page, '#received', '14012026');
  await $(page, '#next').click();
  await $(page, '#territory').waitFor();
  await $(page, '#next').click();
  await $(page, '#item').waitFor();
  await $(page, '#next').click();
  await $(page, '#item-error').filter({ hasText: /./ }).waitFor();
  await noViolation(page, 'choice+error');
  await assertLabelled(page, 'choice');
  await shot(page, 'desktop-fr-choice.png');
  await context.close();
});

test('the focus is always visible: every control reached by Tab shows a 3 px outline', async () => {
  const { context, page } = await openPage(browser, PAGE_URL_FILE, { clock: JAN_20 });
  await $(page, '#situation-withdrawal').waitFor();
  const tabAll = async (screen) => {
    const seen = [];
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press('Tab');
      const f = await page.evaluate(() => {
        const a = document.querySelector('droit-conso').shadowRoot.activeElement;
        if (!a) return null;
        const s = getComputedStyle(a);
        return { what: a.id || a.tagName + ':' + a.textContent.slice(0, 20), style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
      });
      if (!f) continue;
      seen.push(f.what);
      assert.ok(f.style !== 'none' && f.width >= 3, `${screen}: ${f.what} shows no focus outline (${f.style} ${f.width}px)`);
    }
    return seen;
  };
  const start = await tabAll('start');
  assert.ok(start.includes('situation-withdrawal') && start.includes('case-file'), start.join(' '));
  await withdrawal(page, '14012026');
  await page.evaluate(() => document.activeElement.blur());
  const result = await tabAll('result');
  for (const id of ['edit', 'home', 'case-name', 'save', 'share']) assert.ok(result.includes(id), result.join(' '));
  await context.close();
});

// Reflow: nothing wider than the viewport (no horizontal scrolling), on every screen of the journey.
async function assertFits(page, screen) {
  const over = await page.evaluate(() => {
    const w = document.documentElement.clientWidth, out = [];
    if (document.documentElement.scrollWidth > w) out.push('page scrolls sideways: ' + document.documentElement.scrollWidth + ' > ' + w);
    for (const e of document.querySelector('droit-conso').shadowRoot.querySelectorAll('*')) {
      const r = e.getBoundingClientRect();
      if (r.width && r.right > w + 1 && !e.classList.contains('sr')) out.push((e.id || e.tagName) + ' ends at ' + Math.round(r.right));
    }
    return out;
  });
  assert.deepEqual(over, [], screen);
}

for (const [name, prefix, ctx] of [
  ['375 px wide (a phone)', 'mobile-375', { viewport: { width: 375, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true }],
  // 200 % zoom of a 1280 px window lays the page out in 640 CSS px, each drawn with 2 device pixels.
  ['200 % zoom', 'zoom-200', { viewport: { width: 640, height: 720 }, deviceScaleFactor: 2 }],
]) {
  test(`reflow at ${name}: every screen fits, screenshots taken`, async () => {
    const { context, page } = await openPage(browser, PAGE_URL_FILE, { clock: new Date('2026-03-25T10:00:00+01:00'), context: ctx });
    await $(page, '#situation-withdrawal').waitFor();
    await assertFits(page, 'start');
    await shot(page, prefix + '-start.png');
    await $(page, '#situation-withdrawal').click();
    await $(page, '#next').click();
    await $(page, '#received-error').filter({ hasText: /./ }).waitFor();
    await assertFits(page, 'received-error');
    await shot(page, prefix + '-received-error.png');
    await typeDate(page, '#received', '20032026');
    await $(page, '#next').click();
    await $(page, '#territory').selectOption('alsace-moselle');
    await $(page, 'details summary').click();
    await $(page, '#today').fill('2026-03-25');
    await assertFits(page, 'territory');
    await $(page, '#next').click();
    await $(page, '#answer').waitFor();
    await $(page, '#share').click();
    await assertFits(page, 'result');
    await shot(page, prefix + '-result.png');
    await $(page, '.lang').click();
    await assertFits(page, 'en-result');
    await context.close();
  });
}

test('axe-core: 0 violations on the bulk check (file input, results table, sorted), in French and English', async () => {
  const { context, page } = await openPage(browser, PAGE_URL_FILE, { clock: JAN_20 });
  await $(page, '#situation-bulk').click();
  await noViolation(page, 'bulk');
  await assertLabelled(page, 'bulk');
  const csv = 'Commande;Date de réception;Montant\r\nA-1;14/01/2026;12,50\r\nA-2;31/02/2026;douze\r\nA-3;02/01/2026;3\r\n';
  await $(page, '#bulk-file').setInputFiles({ name: 'c.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await $(page, '#bulk-counts').waitFor();
  await noViolation(page, 'bulk-results');
  await $(page, '#sort-2').click();
  await noViolation(page, 'bulk-sorted');
  await $(page, '#bulk-file').setInputFiles({ name: 'p.csv', mimeType: 'text/csv', buffer: Buffer.from('Produit;Prix\nx;1\n') });
  await $(page, '#bulk-error').waitFor();
  await noViolation(page, 'bulk-error');
  await $(page, '.lang').click();
  await $(page, '#bulk-error').filter({ hasText: /^No column/ }).waitFor();  // checked again, in English
  await noViolation(page, 'en-bulk-error');
  await context.close();
});
