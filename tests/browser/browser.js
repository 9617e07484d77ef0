// Launches Debian's Chromium through playwright-core, and records every request and console
// message of a page so that tests can prove the page asked for nothing but itself.
'use strict';
const { chromium } = require('playwright-core');
const http = require('http');
const fs = require('fs');
const path = require('path');

const ROOT = path.join(__dirname, '..', '..');
const PAGE_FILE = path.join(ROOT, 'dist', 'droitconso.html');
const PAGE_URL_FILE = 'file://' + PAGE_FILE;

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

// Opens a page and keeps a log of its requests, console errors and page errors.
async function openPage(browser, url, options = {}) {
  const context = await browser.newContext({ locale: options.locale || 'fr-FR', timezoneId: options.timezoneId || 'Europe/Paris', ...options.context });
  const page = await context.newPage();
  // A fixed clock makes "today" known to the test (Playwright installs it outside the page's CSP).
  if (options.clock) await page.clock.setFixedTime(options.clock);
  page.setDefaultTimeout(options.timeout || 10000);
  const log = { requests: [], consoleErrors: [], pageErrors: [] };
  page.on('request', (r) => log.requests.push(r.url()));
  page.on('console', (m) => { if (m.type() === 'error') log.consoleErrors.push(m.text()); });
  page.on('pageerror', (e) => log.pageErrors.push(String(e)));
  await page.goto(url);
  return { context, page, log };
}

// Serves dist/ on 127.0.0.1 (a free port), with the page's own CSP also sent as a header.
function serveDist(extraHeaders = {}) {
  return new Promise((resolve) => {
    const server = http.createServer((req, res) => {
      const name = req.url === '/' ? 'droitconso.html' : path.basename(decodeURIComponent(req.url.split('?')[0]));
      const file = path.join(ROOT, 'dist', name);
      if (!fs.existsSync(file)) { res.writeHead(404); res.end(); return; }
      res.writeHead(200, { 'Content-Type': name.endsWith('.html') ? 'text/html; charset=utf-8' : 'text/javascript', ...extraHeaders });
      fs.createReadStream(file).pipe(res);
    });
    server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${server.address().port}/` }));
  });
}

module.exports = { launch, openPage, serveDist, PAGE_FILE, PAGE_URL_FILE, ROOT };
