// Keeping a case, only where the person asks: a JSON file downloaded and re-opened (read on the
// device), a share link whose fragment carries the answers. Nothing is stored in the browser, and
// whatever comes back from a file or a link, hostile or not, is rendered as text.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const { servedUnderCsp, JAN_20, openPage, $, withdrawal, announced, assertNothingStored, assertNoInjection,
  shot, PAGE_URL_FILE, ROOT, PAYLOAD } = require('./browser');

const env = servedUnderCsp(test);

const caseFile = (object) => ({ name: 'dossier.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(object)) });

test('save the case as a file, re-open it: the same answer, the name shown as typed, nothing stored', async () => {
  const first = await openPage(env.browser, PAGE_URL_FILE, { clock: JAN_20 });
  await withdrawal(first.page, '14012026', 'guadeloupe');
  await $(first.page, '#case-name').fill(PAYLOAD);
  const [download] = await Promise.all([first.page.waitForEvent('download'), $(first.page, '#save').click()]);
  assert.equal(download.suggestedFilename(), 'droitconso-withdrawal-2026-01-20.json');
  const saved = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
  assert.deepEqual(saved, { droitconso: 1, situation: 'withdrawal', name: PAYLOAD, lang: 'fr',
    values: { received: '2026-01-14', territory: 'guadeloupe' } }, 'today is left out: re-opened, the case counts from that day');
  assert.match(await announced(first.page, /enregistré/), /Dossier enregistré/);
  await assertNothingStored(first.page, first.context);
  await assertNoInjection(first.page, first.log);
  await first.context.close();

  const again = await openPage(env.browser, PAGE_URL_FILE, { clock: new Date('2026-01-22T10:00:00+01:00') });
  await $(again.page, '#case-file').setInputFiles(caseFile(saved));
  await $(again.page, '#answer').waitFor();
  assert.equal(await $(again.page, '#answer').innerText(), 'mercredi 28 janvier 2026');
  assert.match(await $(again.page, '#days-left').innerText(), /6 jours/, 'counted from the day it is re-opened');
  assert.equal(await $(again.page, '.case-name').innerText(), 'Dossier\u00a0: ' + PAYLOAD);
  await $(again.page, '#edit').click();
  assert.equal(await $(again.page, '#territory').inputValue(), 'guadeloupe');
  await assertNothingStored(again.page, again.context);
  await assertNoInjection(again.page, again.log);
  assert.deepEqual(again.log.requests, [PAGE_URL_FILE], 'the file is read in the page, never sent');
  await again.context.close();
});

test('a hostile case file: every typed value stays text, and the field at fault is named', async () => {
  const { context, page, log } = await openPage(env.browser, PAGE_URL_FILE, { clock: JAN_20 });
  await $(page, '#case-file').setInputFiles(caseFile({ droitconso: 1, situation: 'withdrawal', name: PAYLOAD, lang: 'fr',
    values: { received: PAYLOAD, territory: PAYLOAD, [PAYLOAD.slice(0, 4)]: PAYLOAD } }));
  await $(page, '#case-file-error').filter({ hasText: /./ }).waitFor();
  assert.match(await $(page, '#case-file-error').innerText(), /n'est pas un dossier DroitConso/, 'an odd field name: refused whole');
  await $(page, '#case-file').setInputFiles(caseFile({ droitconso: 1, situation: 'withdrawal', name: PAYLOAD, values: { received: PAYLOAD, extra: PAYLOAD } }));
  const error = $(page, '#received-error');
  await error.waitFor();
  assert.ok((await error.innerText()).includes('« ' + PAYLOAD + ' »'), 'the core quotes the value, as text');
  await assertNoInjection(page, log);
  await assertNothingStored(page, context);
  await context.close();
});

test('text typed into a question the core asks stays text: in the field, the request and the saved file', async () => {
  const { context, page, log } = await openPage(env.browser, PAGE_URL_FILE, { clock: JAN_20 });
  await $(page, '#situation-withdrawal').waitFor();
  await page.evaluate(() => {
    const host = document.querySelector('droit-conso'), real = host.engine;
    host.seen = [];
    host.engine = { ask: (r) => { host.seen.push(r.note); return r.note === undefined ? { ok: true, missing: [{ field: 'note', kind: 'text', question: 'Une précision ?' }] } : real.ask(r); } };
  });
  await $(page, '#situation-withdrawal').click();
  await $(page, '#received').fill('2026-01-14');
  await $(page, '#next').click();
  await $(page, '#next').click();
  await $(page, '#note').fill(PAYLOAD);
  await page.keyboard.press('Enter');
  await $(page, '#answer').waitFor();
  assert.equal(await page.evaluate(() => document.querySelector('droit-conso').seen.pop()), PAYLOAD, 'sent to the core as typed');
  const [download] = await Promise.all([page.waitForEvent('download'), $(page, '#save').click()]);
  assert.equal(JSON.parse(fs.readFileSync(await download.path(), 'utf8')).values.note, PAYLOAD);
  await $(page, '#edit').click();
  assert.equal(await $(page, '#note').inputValue(), PAYLOAD);
  await assertNoInjection(page, log);
  await context.close();
});

test('files that are not cases: a message beside the file field, the start screen stays', async () => {
  const { context, page, log } = await openPage(env.browser, PAGE_URL_FILE, { clock: JAN_20 });
  for (const content of ['not json at all', '{"droitconso":2,"situation":"withdrawal","values":{}}',
    JSON.stringify({ droitconso: 1, situation: PAYLOAD, values: {} }), JSON.stringify({ droitconso: 1, situation: 'withdrawal', values: { received: 'x'.repeat(300) } })]) {
    await $(page, '#case-file').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from(content) });
    await $(page, '#case-file-error').filter({ hasText: /./ }).waitFor();
    assert.match(await $(page, '#case-file-error').innerText(), /choisissez le fichier \.json enregistré ici/);
    assert.equal(await $(page, '#case-file').getAttribute('aria-invalid'), 'true');
    assert.ok(await $(page, '#situation-withdrawal').isVisible());
  }
  await assertNoInjection(page, log);
  await context.close();
});

test('a share link carries the case in its fragment only, and opens on the answer', async () => {
  const first = await openPage(env.browser, env.served.url, { clock: JAN_20 });
  await withdrawal(first.page, '14012026', 'martinique');
  await $(first.page, '#case-name').fill('Chaussures');
  await $(first.page, '#share').click();
  const link = await $(first.page, '#share-link').inputValue();
  assert.equal(link, env.served.url + '#dc=1&s=withdrawal&l=fr&n=Chaussures&v.received=2026-01-14&v.territory=martinique');
  assert.match(await announced(first.page, /Lien de partage/), /Lien de partage créé/);
  await shot(first.page, 'desktop-fr-share.png');
  await assertNothingStored(first.page, first.context);
  await first.context.close();

  const before = env.served.seen.length;
  const again = await openPage(env.browser, link, { clock: JAN_20 });
  await $(again.page, '#answer').waitFor();
  assert.equal(await $(again.page, '#answer').innerText(), 'mercredi 28 janvier 2026');
  assert.equal(await $(again.page, '.case-name').innerText(), 'Dossier\u00a0: Chaussures');
  assert.deepEqual(env.served.seen.slice(before).map((r) => r.url), ['/'], 'the server saw the page\'s path, never the case');
  assert.deepEqual(again.log.requests, [env.served.url]);
  // Another link pasted into the same tab changes only the fragment: the page reads it too.
  await again.page.evaluate(() => { location.hash = 'dc=1&s=withdrawal&l=fr&v.received=2026-01-10&v.territory=metropole'; });
  await $(again.page, '#answer').filter({ hasText: 'lundi 26 janvier 2026' }).waitFor();
  await assertNothingStored(again.page, again.context);
  await again.context.close();
});

test('a hostile share link: rendered as text, or refused with a message', async () => {
  const enc = encodeURIComponent(PAYLOAD);
  const hostile = await openPage(env.browser, `${PAGE_URL_FILE}#dc=1&s=withdrawal&l=en&n=${enc}&v.received=${enc}`, { clock: JAN_20 });
  await $(hostile.page, '#received-error').filter({ hasText: /./ }).waitFor();
  assert.ok((await $(hostile.page, '#received-error').innerText()).includes(PAYLOAD), 'quoted as text, in English as the link asked');
  await assertNoInjection(hostile.page, hostile.log);
  await hostile.context.close();

  const unreadable = await openPage(env.browser, `${PAGE_URL_FILE}#dc=1&s=${enc}`, { clock: JAN_20 });
  await $(unreadable.page, '#link-error').waitFor();
  assert.match(await $(unreadable.page, '#link-error').innerText(), /Ce lien ne contient pas un dossier lisible/);
  await assertNoInjection(unreadable.page, unreadable.log);
  await unreadable.context.close();
});

test('the page\'s code never touches storage or cookies (nothing to ask for, nothing written)', () => {
  const web = path.join(ROOT, 'web');
  const files = fs.readdirSync(web, { recursive: true }).filter((f) => /\.(js|html)$/.test(f) && !f.startsWith('embed'));
  assert.ok(files.length >= 8, files.join(' '));
  for (const f of files) {
    const text = fs.readFileSync(path.join(web, f), 'utf8');
    assert.doesNotMatch(text, /localStorage|sessionStorage|indexedDB|document\.cookie|caches\.|serviceWorker|document\.referrer|ancestorOrigins|innerHTML|insertAdjacentHTML|outerHTML|eval\(|new Function/, f);
  }
});
