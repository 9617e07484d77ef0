// The bulk check through the built wasm module: one call for a whole file of orders.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { engine, readVectors } = require('./engine');

const TODAY = { today: '2026-01-20', territory: 'metropole' };
const FRENCH = '\ufeffN° de commande;Date de réception;Montant;Territoire\r\n' +
  'A-1;14/01/2026;12,50;\r\n' +
  '\r\n' +
  'A-2;2025-12-11;"1 234,56";Alsace-Moselle\r\n' +
  'A-3;31/02/2026;10;\r\n' +
  'A-4;10/01/2026;;La Réunion\r\n';

test('every row of periods.csv, as one file: the expected safe end date', async () => {
  const e = await engine();
  const rows = readVectors('periods.csv');
  const csv = 'received,territory,why\n' + rows.map((r) => `${r.event},${r.territory},"${r.why.replace(/"/g, '""')}"`).join('\n');
  const result = e.bulk({ today: '2028-12-31', territory: 'metropole' }, csv);
  assert.equal(result.ok, true, JSON.stringify(result));
  assert.equal(result.separator, ',');
  assert.equal(result.rows.length, rows.length);
  result.rows.forEach((out, i) => {
    assert.equal(out.deadline.safe, rows[i].expected_end, `${rows[i].event} ${rows[i].territory}: ${rows[i].why}`);
    assert.equal(out.status, 'closed');
    assert.equal(out.line, i + 2);
  });
});

test('a French file: deadlines, statuses, days left, and the bad row explained, not dropped', async () => {
  const e = await engine();
  const r = e.bulk(TODAY, FRENCH);
  assert.equal(r.ok, true);
  assert.equal(r.encoding, 'utf-8-bom');  // U+FEFF at the start of the string: a byte order mark, dropped
  assert.deepEqual(r.counts, { rows: 4, open: 2, uncertain: 0, closed: 1, error: 1, flagged: 1 });
  assert.deepEqual(r.rows.map((x) => x.line), [2, 4, 5, 6]);
  assert.deepEqual(r.rows[0].deadline, { safe: '2026-01-28', latest: '2026-01-28' });
  assert.equal(r.rows[0].daysLeft, 8);
  assert.equal(r.rows[0].amount, 1250);
  assert.equal(r.rows[1].deadline.safe, '2025-12-29');
  assert.equal(r.rows[1].territory, 'alsace-moselle');
  assert.equal(r.rows[2].status, 'error');
  assert.equal(r.rows[2].errors[0].column, 'Date de réception');
  assert.match(r.rows[2].errors[0].message, /^Ligne 5, colonne « Date de réception » : « 31\/02\/2026 » n'existe pas/);
  assert.equal(r.rows[3].territory, 'la-reunion');
  assert.deepEqual(r.columns.map((c) => c.role), ['order', 'received', 'amount', 'territory']);
  assert.equal(r.next, null);
});

test('the file as bytes (Uint8Array, ArrayBuffer) gives the same rows as the string; Windows-1252 is read', async () => {
  const e = await engine();
  const fromString = e.bulk(TODAY, FRENCH);
  const bytes = new TextEncoder().encode(FRENCH);
  const fromBytes = e.bulk(TODAY, bytes);
  assert.deepEqual(fromBytes.rows, fromString.rows);
  assert.deepEqual(e.bulk(TODAY, bytes.buffer).rows, fromString.rows);
  const latin = Buffer.from('Date de r\xe9ception;Montant\n14/01/2026;12,50 \x80\n', 'latin1');
  const r = e.bulk(TODAY, new Uint8Array(latin));
  assert.equal(r.encoding, 'windows-1252');
  assert.equal(r.columns[0].name, 'Date de réception');
  assert.equal(r.rows[0].amount, 1250);
});

test('slices: limit and from give, call after call, the rows of one call', async () => {
  const e = await engine();
  const whole = e.bulk(TODAY, FRENCH).rows;
  const bytes = new TextEncoder().encode(FRENCH);
  const seen = [];
  let from = null, calls = 0;
  do {
    const r = e.bulk({ ...TODAY, limit: 1, ...(from ? { from } : {}) }, bytes);
    assert.equal(r.ok, true);
    seen.push(...r.rows);
    assert.ok(!r.next || r.next.offset <= r.size);
    from = r.next;
    calls++;
  } while (from && calls < 10);
  assert.deepEqual(seen, whole);
  assert.equal(calls, 4);
});

test('the result as CSV: the input columns, then deadline, status, days left, error', async () => {
  const e = await engine();
  const r = e.bulk({ ...TODAY, format: 'csv', lang: 'en' }, FRENCH);
  const lines = r.csv.split('\r\n');
  assert.equal(lines[0], '\ufeffN° de commande;Date de réception;Montant;Territoire;Deadline (safe);Deadline (latest);Status;Days left;Error');
  assert.equal(lines[1], 'A-1;14/01/2026;12,50;;28/01/2026;28/01/2026;open;8;');
  // The message has quotes: the cell is quoted, its quotes doubled.
  assert.match(lines[3], /^A-3;31\/02\/2026;10;;;;error;;"Line 5, column ""Date de réception"": ""31\/02\/2026"" does not exist/);
  assert.equal(lines.length, 6);  // header, four rows, and the empty string after the last CRLF
});

test('a bad request or an unusable file: ok false, the field named', async () => {
  const e = await engine();
  assert.equal(e.bulk({ territory: 'metropole' }, FRENCH).errors[0].field, 'today');
  assert.equal(e.bulk({ ...TODAY, territory: 'polynesie-francaise' }, FRENCH).errors[0].field, 'territory');
  const none = e.bulk(TODAY, 'Produit;Prix\nx;1\n');
  assert.equal(none.ok, false);
  assert.equal(none.errors[0].field, 'csv');
  assert.match(none.errors[0].message, /Aucune colonne ne donne la date de réception/);
});

test('100,000 orders in one call, across the memory growth of the module', async () => {
  const e = await engine();
  const days = ['14/01/2026', '2026-01-10', '02/01/2026', '31/02/2026'];
  const lines = ['Commande;Réception;Montant'];
  for (let i = 0; i < 100000; i++) lines.push(`A-${i};${days[i % 4]};${i},50`);
  const r = e.bulk(TODAY, lines.join('\n'));
  assert.deepEqual(r.counts, { rows: 100000, open: 50000, uncertain: 0, closed: 25000, error: 25000, flagged: 25000 });
  assert.equal(r.rows[99999].line, 100001);
  assert.equal(r.rows[99998].amount, 9999850);
});

test('1,000,000 orders (about 30 MB) in slices of 100,000: every row counted, the module memory bounded', async () => {
  const e = await engine();
  const days = ['14/01/2026', '2026-01-10', '02/01/2026', '31/02/2026'];
  const parts = ['Commande;Réception;Montant\r\n'];
  for (let i = 0; i < 1000000; i++) parts.push(`A-${i};${days[i % 4]};12,50\r\n`);
  const bytes = Buffer.from(parts.join(''), 'utf8');
  const counts = { rows: 0, open: 0, uncertain: 0, closed: 0, error: 0, flagged: 0 };
  let from = null, calls = 0;
  const start = process.hrtime.bigint();
  do {
    const r = e.bulk({ ...TODAY, format: 'csv', limit: 100000, ...(from ? { from } : {}) }, bytes);
    assert.equal(r.ok, true);
    for (const k of Object.keys(counts)) counts[k] += r.counts[k];
    from = r.next;
    calls++;
  } while (from);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  assert.deepEqual(counts, { rows: 1000000, open: 500000, uncertain: 0, closed: 250000, error: 250000, flagged: 250000 });
  assert.equal(calls, 10);
  console.log(`# 1,000,000 rows (${(bytes.length / 1e6).toFixed(1)} MB) through wasm in 10 calls: ${Math.round(ms)} ms; ` +
    `process RSS ${Math.round(process.memoryUsage().rss / 1e6)} MB`);
});

test('100,000 orders as the page checks them (10 slices of 10,000, JSON rows): timed', async () => {
  const e = await engine();
  const lines = ['N° de commande;Date de réception;Montant'];
  for (let i = 1; i <= 100000; i++) lines.push(`C-${i};${i % 10 === 0 ? '31/02/2026' : '14/01/2026'};${i % 100},50`);
  const bytes = Buffer.from(lines.join('\r\n'), 'utf8');
  const start = process.hrtime.bigint();
  let from = null, rows = 0;
  do {
    const r = e.bulk({ ...TODAY, limit: 10000, ...(from ? { from } : {}) }, bytes);
    rows += r.rows.length;
    from = r.next;
  } while (from);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  assert.equal(rows, 100000);
  console.log(`# 100,000 rows in 10 slices of 10,000 (JSON rows, parsed): ${Math.round(ms)} ms`);
});
