// The bulk check in the page: a file of about 1,000 orders (some in error) set through the file
// input, checked in the browser (never uploaded: the page makes no request besides itself), every
// row shown or exported, sortable, the export made in the page; and 100,000 rows timed.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const { servedUnderCsp, JAN_20, openPage, $, announced, assertNoInjection, shot, PAYLOAD } = require('./browser');

const env = servedUnderCsp(test);

// 1,000 orders, one in ten in error (an impossible date), the first one's reference a payload.
function orders(n) {
  const lines = ['N° de commande;Date de réception;Montant'];
  for (let i = 1; i <= n; i++) {
    const date = i % 10 === 0 ? '31/02/2026' : (i % 2 ? '14/01/2026' : '02/01/2026');
    lines.push((i === 1 ? PAYLOAD : 'C-' + i) + ';' + date + ';' + (i % 100) + ',50');
  }
  return lines.join('\r\n') + '\r\n';
}

async function dropFile(page, name, text) {
  await $(page, '#situation-bulk').click();
  await $(page, '#bulk-file').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });
}

test('1,000 orders: every row checked, errors explained, sort, export; nothing sent', async () => {
  const { context, page, log } = await openPage(env.browser, env.served.url, { clock: JAN_20 });
  await dropFile(page, 'commandes.csv', orders(1000));
  await $(page, '#bulk-counts').waitFor();
  assert.equal(await $(page, '#bulk-counts').textContent(),
    '1000 commandes : 500 délai ouvert, 0 incertain, 400 expiré, 100 en erreur.');
  assert.match(await announced(page, /commandes :/), /1000 commandes/);
  // The table: the line as a row header, the file's columns, then deadline, status, days left, errors.
  const headers = await $(page, '#bulk-results thead th').allTextContents();
  assert.deepEqual(headers, ['Ligne', 'N° de commande', 'Date de réception', 'Montant', 'Date limite', 'Au plus tard', 'Statut', 'Jours restants', 'Erreurs']);
  const first = await $(page, '#bulk-results tbody tr').first().locator('th, td').allTextContents();
  assert.deepEqual(first, ['2', PAYLOAD, '14/01/2026', '1,50', '28/01/2026', '28/01/2026', 'ouvert', '8', '']);
  assert.equal(await $(page, '#bulk-results tbody tr').count(), 200);
  assert.equal(await $(page, '#bulk-shown').textContent(), '200 lignes affichées sur 1000.');
  await shot(page, 'bulk-fr.png');

  // Sort by status: the errors first, each with its reason naming the column; again: reversed.
  const status = $(page, '#sort-6');
  assert.equal(await status.locator('xpath=..').getAttribute('aria-sort'), 'none');
  await status.click();
  assert.equal(await $(page, '#sort-6').locator('xpath=..').getAttribute('aria-sort'), 'ascending');
  const erred = await $(page, '#bulk-results tbody tr').first().locator('th, td').allTextContents();
  assert.equal(erred[0], '11');
  assert.equal(erred[6], 'erreur');
  assert.equal(erred[8], 'Ligne 11, colonne « Date de réception » : « 31/02/2026 » n\'existe pas dans le calendrier (lu jour/mois/année).');
  assert.match(await announced(page, /Trié/), /Trié par Statut, croissant/);
  await $(page, '#sort-6').click();
  assert.equal(await $(page, '#sort-6').locator('xpath=..').getAttribute('aria-sort'), 'descending');
  assert.equal((await $(page, '#bulk-results tbody tr').first().locator('td').nth(5).textContent()), 'ouvert');
  // Sort by days left, descending after two clicks: 8 days first.
  await $(page, '#sort-7').click();
  await $(page, '#sort-7').click();
  assert.equal(await $(page, '#bulk-results tbody tr').first().locator('td').nth(6).textContent(), '8');

  // Export: every row, in the order shown, the file's separator, a byte order mark.
  const [download] = await Promise.all([page.waitForEvent('download'), $(page, '#bulk-export').click()]);
  assert.equal(download.suggestedFilename(), 'commandes-droitconso.csv');
  const csv = fs.readFileSync(await download.path(), 'utf8');
  const lines = csv.split('\r\n').filter(Boolean);
  assert.equal(lines.length, 1001);
  assert.equal(lines[0], '\ufeffN° de commande;Date de réception;Montant;Date limite (sûre);Date limite (au plus tard);Statut;Jours restants;Erreur');
  assert.match(lines[1], /;14\/01\/2026;\d+,50;28\/01\/2026;28\/01\/2026;ouvert;8;$/);
  assert.equal(lines.filter((l) => l.includes(';erreur;;Ligne ')).length, 100);
  assert.ok(lines.some((l) => l.startsWith(PAYLOAD + ';14/01/2026;1,50;28/01/2026')));

  // Nothing left the page: the only request is the page itself; no markup ran.
  assert.deepEqual(log.requests, [env.served.url]);
  await assertNoInjection(page, log);
  await context.close();
});

test('a file that cannot be used says why; a Windows-1252 file is read; English', async () => {
  const { context, page, log } = await openPage(env.browser, env.served.url, { clock: JAN_20 });
  await $(page, '.lang').click();
  await dropFile(page, 'products.csv', 'Product;Price\nx;1\n');
  assert.match(await $(page, '#bulk-error').textContent(), /^No column gives the date of receipt/);
  await $(page, '#bulk-file').setInputFiles({ name: 'excel.csv', mimeType: 'text/csv',
    buffer: Buffer.from('Date de r\xe9ception;Territoire\r\n14/01/2026;La R\xe9union\r\n', 'latin1') });
  await $(page, '#bulk-counts').waitFor();
  assert.equal(await $(page, '#bulk-counts').textContent(), '1 order: 1 open, 0 uncertain, 0 closed, 0 in error.');
  assert.deepEqual(await $(page, '#bulk-results thead th').allTextContents(),
    ['Line', 'Date de réception', 'Territoire', 'Deadline', 'Latest', 'Status', 'Days left', 'Errors']);
  // A byte order mark, quotes around a separator and a line break, blank lines, markup in the header.
  await $(page, '#bulk-file').setInputFiles({ name: 'q.csv', mimeType: 'text/csv',
    buffer: Buffer.from('\ufeff' + PAYLOAD + ',Received\r\n\r\n"a, ""b""\r\nc",2026-01-14\r\n,,\r\n\r\n', 'utf8') });
  await $(page, '#bulk-counts').filter({ hasText: /^1 order/ }).waitFor();
  assert.deepEqual(await $(page, '#bulk-results tbody tr').first().locator('th, td').allTextContents(),
    ['3', 'a, "b"\r\nc', '2026-01-14', '2026-01-28', '2026-01-28', 'open', '8', '']);
  assert.equal(await $(page, '#bulk-results thead th').nth(1).textContent(), PAYLOAD);
  await assertNoInjection(page, log);
  assert.deepEqual(log.requests, [env.served.url]);
  await context.close();
});

test('100,000 rows: slices with a progress bar, the page responsive meanwhile; timed', async () => {
  const { context, page, log } = await openPage(env.browser, env.served.url, { clock: JAN_20, timeout: 120000 });
  await $(page, '#situation-bulk').click();
  const state = () => page.evaluate(() => {
    const root = document.querySelector('droit-conso').shadowRoot, bar = root.getElementById('bulk-progress'), counts = root.getElementById('bulk-counts');
    return { progress: bar ? bar.value : null, counts: counts ? counts.textContent : null };
  });
  const start = Date.now();
  await $(page, '#bulk-file').setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: Buffer.from(orders(100000), 'utf8') });
  // The page answers the test's scripts while it checks the file: each answer waits for the main
  // thread, so the slowest one is how long the page was unresponsive at most.
  const seen = [];
  let slowest = 0, s;
  do {
    const t = Date.now();
    s = await state();
    slowest = Math.max(slowest, Date.now() - t);
    if (s.progress !== null) seen.push(s.progress);
  } while (!s.counts && Date.now() - start < 110000);
  const ms = Date.now() - start;
  assert.equal(s.counts, '100000 commandes : 50000 délai ouvert, 0 incertain, 40000 expiré, 10000 en erreur.');
  assert.ok(seen.length >= 2 && seen.some((p) => p > 0 && p < 100), `the progress bar moved: ${seen}`);
  console.log(`# 100,000 rows in the page: ${ms} ms from the file set to the table shown; the page answered ${seen.length} ` +
    `times meanwhile, at worst after ${slowest} ms; progress seen ${[...new Set(seen)].join(', ')} %`);
  assert.equal(await $(page, '#bulk-results tbody tr').count(), 200);
  assert.deepEqual(log.requests, [env.served.url]);
  await context.close();
});
