// Embedding DroitConso on a consumer-advice site, proven on dist/embed.html: the iframe snippet
// (sandboxed, sized by the host script, never told the host's address), the <droit-conso> element
// (themed by custom properties, its styles isolated), and the ES module with its TypeScript types.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('path');
const { execFileSync } = require('child_process');
const { pathToFileURL } = require('url');
const { servedUnderCsp, JAN_20, openPage, $, typeDate, axe, assertNothingStored, shot, ROOT, DIST, CSP } = require('./browser');

const env = servedUnderCsp(test);

const frameHeight = (page) => page.$eval('iframe[data-droitconso]', (f) => f.style.height);

test('embed.html: the iframe snippet runs the journey in its sandbox, sized by the resize script', async () => {
  // A tall window: headless Chromium paints an out-of-process iframe only within the viewport.
  const { context, page, log } = await openPage(env.browser, env.served.url + 'embed.html', { clock: JAN_20, context: { viewport: { width: 1280, height: 3600 } } });
  const inFrame = (css) => page.frameLocator('iframe[data-droitconso]').locator('droit-conso').locator(css);
  await inFrame('#situation-withdrawal').click();
  await inFrame('#received').focus();
  await page.keyboard.type('14012026');
  await inFrame('#next').click();
  await inFrame('#next').click();
  assert.equal(await inFrame('#answer').innerText(), 'mercredi 28 janvier 2026');

  // The host's iframe follows the page's height, from the page's messages only.
  const frame = page.frames().find((f) => f.url().endsWith('/droitconso.html'));
  const content = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  await page.waitForFunction((h) => document.querySelector('iframe[data-droitconso]').style.height === h + 'px', content);
  assert.ok(content > 720, `the answer is taller than the iframe's first height (${content})`);
  await page.evaluate(() => window.postMessage({ droitconso: 'height', height: 300 }, '*'));
  await page.evaluate(() => new Promise((r) => setTimeout(r, 200)));
  assert.equal(await frameHeight(page), content + 'px', 'a message from another window is ignored');

  // Sandboxed: an opaque origin, no storage, and the host's address never given to the page.
  const inside = await frame.evaluate(() => {
    let storage;
    try { storage = localStorage.length; } catch (e) { storage = e.name; }
    return { origin: window.origin, referrer: document.referrer, storage };
  });
  assert.deepEqual(inside, { origin: 'null', referrer: '', storage: 'SecurityError' });
  const asked = env.served.seen.filter((r) => r.url.endsWith('droitconso.html'));
  assert.deepEqual(asked, [{ url: '/droitconso.html', referer: '' }], 'no Referer sent for the iframe');

  // Downloads are allowed in the sandbox: the case can be saved from the iframe.
  const [download] = await Promise.all([page.waitForEvent('download'), inFrame('#save').click()]);
  assert.match(download.suggestedFilename(), /^droitconso-withdrawal-2026-01-20\.json$/);

  assert.deepEqual(log.requests.map((u) => u.replace(env.served.url, '')).sort(),
    ['droitconso-element.js', 'droitconso-resize.js', 'droitconso.html', 'droitconso.mjs', 'embed.html']);
  assert.deepEqual(log.consoleErrors, [], 'no CSP violation on the host page nor in the iframe');
  assert.deepEqual(log.pageErrors, []);
  await assertNothingStored(page, context);
  await shot(page, 'embed.png');
  await context.close();
});

test('embed.html: a case file re-opened inside the sandboxed iframe', async () => {
  const { context, page } = await openPage(env.browser, env.served.url + 'embed.html', { clock: JAN_20 });
  const inFrame = (css) => page.frameLocator('iframe[data-droitconso]').locator('droit-conso').locator(css);
  await inFrame('#case-file').setInputFiles({ name: 'c.json', mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ droitconso: 1, situation: 'withdrawal', values: { received: '2026-01-14', territory: 'metropole' } })) });
  assert.equal(await inFrame('#answer').innerText(), 'mercredi 28 janvier 2026');
  await context.close();
});

test('the <droit-conso> element on a host page: themed by custom properties, styles isolated, works', async () => {
  const { context, page, log } = await openPage(env.browser, env.served.url + 'embed.html', { clock: JAN_20 });
  // The host's own styles, even !important ones, do not reach inside the element.
  await page.evaluate(() => {
    const s = new CSSStyleSheet();
    s.replaceSync('button { background: rgb(255, 0, 0) !important; color: rgb(255, 0, 0) !important; } h2 { font-size: 60px !important; }');
    document.adoptedStyleSheets = [s];
  });
  await $(page, '#situation-withdrawal').click();
  const look = await $(page, '#next').evaluate((b) => ({ bg: getComputedStyle(b).backgroundColor, color: getComputedStyle(b).color,
    font: getComputedStyle(b).fontFamily, h2: getComputedStyle(b.getRootNode().getElementById('screen-title')).fontSize }));
  assert.deepEqual(look, { bg: 'rgb(107, 42, 133)', color: 'rgb(255, 255, 255)', font: 'Georgia, "Times New Roman", serif', h2: '20.8px' });
  await typeDate(page, '#received', '14012026');
  await $(page, '#next').click();
  await $(page, '#next').click();
  assert.equal(await $(page, '#answer').innerText(), 'mercredi 28 janvier 2026');
  assert.equal(await $(page, '#share').count(), 0, 'no share link: the host page\'s address is the host\'s');
  await $(page, '.lang').click();
  assert.equal(await page.evaluate(() => document.documentElement.lang + ' ' + document.title), 'fr Intégrer DroitConso sur votre site — exemple',
    'the element leaves the host\'s language and title alone');
  assert.match(await $(page, '#answer').innerText(), /28 January 2026/);
  // A host may open one journey directly, in the language of its page.
  await page.evaluate(() => {
    const e = document.createElement('droit-conso');
    e.id = 'direct';
    e.setAttribute('situation', 'withdrawal');
    e.setAttribute('lang', 'en');
    document.querySelector('main').append(e);
  });
  const direct = page.locator('#direct').locator('#screen-title');
  await direct.filter({ hasText: 'What did you buy?' }).waitFor();
  assert.deepEqual(log.consoleErrors, []);
  await context.close();
});

test('embed.html: axe-core finds no WCAG 2.1 AA violation on the example host page', async () => {
  const { context, page } = await openPage(env.browser, env.served.url + 'embed.html', { clock: JAN_20 });
  await $(page, '#situation-withdrawal').waitFor();
  await page.locator('#module-result').filter({ hasText: /Dernier jour/ }).waitFor();
  const r = await axe(page);
  console.log(`# axe-core WCAG 2.1 AA, embed.html: ${r.violations.length} violations, ${r.passes} rules passed`);
  assert.deepEqual(r.violations, []);
  await context.close();
});

test('the ES module in the env.browser: embed.html asks the engine itself', async () => {
  const { context, page } = await openPage(env.browser, env.served.url + 'embed.html');
  const out = page.locator('#module-result');
  await out.filter({ hasText: /Dernier jour/ }).waitFor();
  assert.equal(await out.innerText(), 'Dernier jour : 2026-01-28 (open, 8 jours restants)');
  await context.close();
});

test('the ES module in Node: load() and the default factory answer as the CLI does', async () => {
  const mod = await import(pathToFileURL(path.join(DIST, 'droitconso.mjs')).href);
  const engine = await mod.load();
  const r = engine.ask({ question: 'withdrawal', contract: 'goods', received: '2026-03-20', territory: 'alsace-moselle', today: '2026-03-25', lang: 'en' });
  assert.deepEqual([r.ok, r.deadline, r.status, r.daysLeft], [true, { safe: '2026-04-03', latest: '2026-04-07' }, 'open', 9]);
  assert.ok(r.steps.some((s) => s.article === 'C. trav. L3134-13'));
  assert.equal(await mod.load(), engine, 'loaded once');
  const raw = await mod.default();
  assert.equal(JSON.parse(raw.answer('{"question":"period","event":"2026-01-14","territory":"metropole"}')).end.safe, '2026-01-28');
  assert.deepEqual(JSON.parse(engine.answer('not json')).ok, false);
});

test('the TypeScript declarations type-check an integrator\'s code (tsc --strict), and catch mistakes', () => {
  const tsc = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  execFileSync(process.execPath, [tsc, '--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext',
    '--target', 'es2022', path.join(__dirname, 'fixtures', 'module-use.mts')], { stdio: 'pipe' });
});

test('scripts/serve-dist.js serves the page, embed.html and the scripts with their types, nothing else', async () => {
  const { spawn } = require('child_process');
  const port = String(20000 + Math.floor(Math.random() * 20000));
  const child = spawn(process.execPath, [path.join(ROOT, 'scripts', 'serve-dist.js')], { env: { ...process.env, PORT: port }, stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    await new Promise((resolve, reject) => { child.stdout.on('data', resolve); child.on('exit', reject); });
    const base = `http://127.0.0.1:${port}/`;
    const get = async (p) => { const r = await fetch(base + p); return [r.status, r.headers.get('content-type'), r.headers.get('content-security-policy')]; };
    assert.deepEqual(await get(''), [200, 'text/html; charset=utf-8', CSP]);
    assert.deepEqual(await get('embed.html'), [200, 'text/html; charset=utf-8', null]);
    for (const f of ['droitconso.mjs', 'droitconso-element.js', 'droitconso-resize.js', 'droitconso.js'])
      assert.deepEqual(await get(f), [200, 'text/javascript; charset=utf-8', null], f);
    assert.equal((await get('../package.json'))[0], 404);
    assert.equal((await get('nothing.js'))[0], 404);
    const { context, page, log } = await openPage(env.browser, base + 'embed.html', { clock: JAN_20 });
    await page.locator('#module-result').filter({ hasText: /Dernier jour/ }).waitFor();
    await $(page, '#situation-withdrawal').waitFor();
    assert.deepEqual(log.consoleErrors, []);
    await context.close();
  } finally { child.kill(); }
});
