// Launches Debian's Chromium through playwright-core, records every request and console message of
// a page (to prove it asked for nothing but itself), and acts on <droit-conso> as a person would.
'use strict';
const { chromium } = require('playwright-core');
const assert = require('node:assert/strict');
const http = require('http');
const fs = require('fs');
const path = require('path');

const ROOT = path.join(__dirname, '..', '..');
const DIST = path.join(ROOT, 'dist');
const PAGE_FILE = path.join(DIST, 'droitconso.html');
const PAGE_URL_FILE = 'file://' + PAGE_FILE;
const SHOTS = path.join(__dirname, 'screenshots');
fs.mkdirSync(SHOTS, { recursive: true });
const CSP = fs.readFileSync(path.join(DIST, 'csp.txt'), 'utf8').trim();
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const PAYLOAD = '<img src=x onerror=alert(1)>';

async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    // Chromium on Linux takes its interface language (and so the date fields' jj/mm/aaaa order) from the environment.
    env: { ...process.env, LANGUAGE: process.env.DROITCONSO_BROWSER_LANG || 'fr', LANG: 'fr_FR.UTF-8' },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage', '--lang=' + (process.env.DROITCONSO_BROWSER_LANG || 'fr-FR')],
  });
}

// Opens a page and keeps a log of its requests, console errors, page errors and dialogs (an
// alert() would mean injected markup ran).
async function openPage(browser, url, options = {}) {
  const context = await browser.newContext({ locale: 'fr-FR', timezoneId: 'Europe/Paris', acceptDownloads: true, ...options.context });
  const page = await context.newPage();
  // A fixed clock makes "today" known to the test (Playwright installs it outside the page's CSP).
  if (options.clock) await page.clock.setFixedTime(options.clock);
  page.setDefaultTimeout(options.timeout || 10000);
  const log = { requests: [], consoleErrors: [], pageErrors: [], dialogs: [] };
  page.on('request', (r) => log.requests.push(r.url()));
  page.on('console', (m) => { if (m.type() === 'error') log.consoleErrors.push(m.text()); });
  page.on('pageerror', (e) => log.pageErrors.push(String(e)));
  page.on('dialog', (d) => { log.dialogs.push(d.message()); d.dismiss().catch(() => {}); });
  await page.goto(url);
  return { context, page, log };
}

// Serves dist/ on 127.0.0.1 (a free port). headers: an object sent with every file, or a function
// of the file name. Every request's path and Referer are logged.
function serveDist(headers = {}) {
  const seen = [];
  const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.ts': 'text/plain' };
  return new Promise((resolve) => {
    const server = http.createServer((req, res) => {
      seen.push({ url: req.url, referer: req.headers.referer || '' });
      const name = req.url === '/' ? 'droitconso.html' : path.basename(decodeURIComponent(req.url.split('?')[0]));
      const file = path.join(DIST, name);
      if (!fs.existsSync(file)) { res.writeHead(404); res.end(); return; }
      const extra = typeof headers === 'function' ? headers(name) : headers;
      res.writeHead(200, { 'Content-Type': types[path.extname(name)] || 'application/octet-stream', ...extra });
      fs.createReadStream(file).pipe(res);
    });
    server.listen(0, '127.0.0.1', () => resolve({ server, seen, url: `http://127.0.0.1:${server.address().port}/` }));
  });
}

// ---- acting on the page as a person does (locators pierce the open shadow root) ----
const $ = (page, css) => page.locator('droit-conso').first().locator(css);

// Types a date into a date field: focus it, then the digits (jj mm aaaa).
async function typeDate(page, selector, ddmmyyyy) {
  await $(page, selector).focus();
  await page.keyboard.type(ddmmyyyy);
}

// The id of the element focused inside <droit-conso>.
function focusedId(page) {
  return page.evaluate(() => {
    const a = document.querySelector('droit-conso').shadowRoot.activeElement;
    return a ? a.id : '';
  });
}

// Presses Tab (or Shift+Tab) until the element with that id has the focus.
async function tabTo(page, id, key = 'Tab') {
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press(key);
    if (await focusedId(page) === id) return;
  }
  throw new Error(`${key} never reached #${id}`);
}

// The withdrawal journey with the mouse: received date typed, territory chosen, the answer shown.
async function withdrawal(page, ddmmyyyy, territory) {
  await $(page, '#situation-withdrawal').click();
  await typeDate(page, '#received', ddmmyyyy);
  await $(page, '#next').click();
  if (territory) await $(page, '#territory').selectOption(territory);
  await $(page, '#next').click();
  await $(page, '#answer').waitFor();
}

// The text the live region (role=status) announces, once it holds something matching `re`.
async function announced(page, re) {
  const handle = await page.waitForFunction((source) => {
    const s = document.querySelector('droit-conso').shadowRoot.getElementById('status');
    return new RegExp(source).test(s.textContent) && s.textContent;
  }, re.source);
  return handle.jsonValue();
}

// axe-core at WCAG 2.1 AA, injected through the DevTools protocol (which the page's CSP does not
// govern); returns the violations, each with the elements at fault, and the number of rules passed.
async function axe(page) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] })
    .then((r) => ({
      violations: r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ') + ': ' + n.failureSummary) })),
      passes: r.passes.length,
    })));
}

// Proves the page stored nothing: no cookie, nothing in localStorage, sessionStorage, IndexedDB,
// Cache Storage, for the context (Playwright's view) and from inside the page.
async function assertNothingStored(page, context) {
  const inside = await page.evaluate(async () => {
    const out = { cookie: document.cookie };
    try { out.local = localStorage.length; out.session = sessionStorage.length; } catch (e) { out.local = out.session = 'no access'; }
    try { out.idb = (await indexedDB.databases()).length; } catch (e) { out.idb = 'no access'; }
    try { out.caches = self.caches ? (await caches.keys()).length : 0; } catch (e) { out.caches = 'no access'; }
    return out;
  });
  assert.equal(inside.cookie, '', 'no cookie');
  for (const k of ['local', 'session', 'idb', 'caches']) assert.ok(inside[k] === 0 || inside[k] === 'no access', `${k}: ${inside[k]}`);
  const state = await context.storageState();
  assert.deepEqual(state.cookies, [], 'no cookie in the browser context');
  assert.ok(state.origins.every((o) => o.localStorage.length === 0), JSON.stringify(state.origins));
}

// Proves nothing typed or loaded became markup: no <img> anywhere, no dialog, no error.
async function assertNoInjection(page, log) {
  const imgs = await page.evaluate(() => {
    const count = (root) => root.querySelectorAll('img').length +
      [...root.querySelectorAll('*')].reduce((n, e) => n + (e.shadowRoot ? count(e.shadowRoot) : 0), 0);
    return count(document);
  });
  assert.equal(imgs, 0, 'no <img> element was created');
  assert.deepEqual(log.dialogs, [], 'no script ran from the input');
  assert.deepEqual(log.pageErrors, []);
}

const shot = (page, name) => page.screenshot({ path: path.join(SHOTS, name), fullPage: true });

// The day most journeys are run on (a fixed clock), in Paris.
const JAN_20 = new Date('2026-01-20T10:00:00+01:00');

// For a whole test file: one browser, and dist/ served over HTTP with the page's CSP as a header.
// The returned object's .browser and .served are set before the first test.
function servedUnderCsp(test) {
  const env = {};
  test.before(async () => {
    env.browser = await launch();
    env.served = await serveDist((name) => (name === 'droitconso.html' ? { 'Content-Security-Policy': CSP } : {}));
  });
  test.after(async () => {
    await env.browser.close();
    env.served.server.close();
  });
  return env;
}

module.exports = { launch, openPage, serveDist, servedUnderCsp, JAN_20, $, typeDate, focusedId, tabTo, withdrawal, announced, axe,
  assertNothingStored, assertNoInjection, shot, PAGE_FILE, PAGE_URL_FILE, ROOT, DIST, CSP, PAYLOAD };
