// The spec's 14-day period vectors and the holiday lists, through the built wasm module.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { engine, readVectors } = require('./engine');

test('every row of periods.csv gives the expected safe end date', async () => {
  const e = await engine();
  const rows = readVectors('periods.csv');
  assert.ok(rows.length >= 16);
  for (const row of rows) {
    const r = e.ask({ question: 'period', event: row.event, territory: row.territory });
    assert.equal(r.ok, true, JSON.stringify(r));
    assert.equal(r.end.safe, row.expected_end, `${row.event} ${row.territory}: ${row.why}`);
    assert.ok(r.end.latest >= r.end.safe);
    assert.ok(r.steps.every((s) => s.article && s.url.startsWith('https://') && s.text));
  }
});

test('holidays of Alsace-Moselle 2026: Good Friday uncertain, 26 December certain', async () => {
  const e = await engine();
  const r = e.ask({ question: 'holidays', territory: 'alsace-moselle', year: 2026 });
  assert.equal(r.ok, true);
  const byDate = Object.fromEntries(r.holidays.map((h) => [h.date, h]));
  assert.equal(byDate['2026-04-03'].certain, false);
  assert.equal(byDate['2026-12-26'].certain, true);
  assert.equal(r.holidays.length, 13);
});

test('Saint-Martin: 27 May certain, 28 May not', async () => {
  const e = await engine();
  const r = e.ask({ question: 'holidays', territory: 'saint-martin', year: 2026 });
  const byDate = Object.fromEntries(r.holidays.map((h) => [h.date, h]));
  assert.equal(byDate['2026-05-27'].certain, true);
  assert.equal(byDate['2026-05-28'].certain, false);
});

test('withdrawal answers the issue example', async () => {
  const e = await engine();
  const r = e.ask({ question: 'withdrawal', contract: 'goods', received: '2026-01-14', territory: 'metropole', today: '2026-01-20' });
  assert.equal(r.ok, true);
  assert.deepEqual(r.deadline, { safe: '2026-01-28', latest: '2026-01-28' });
  assert.equal(r.status, 'open');
  assert.equal(r.daysLeft, 8);
  const articles = r.steps.map((s) => s.article);
  assert.ok(articles.includes('L221-18') && articles.includes('L221-19'));
});

test('bad input: an error naming the field, in French', async () => {
  const e = await engine();
  const r = e.ask({ question: 'withdrawal', contract: 'goods', received: '2026-02-30', territory: 'metropole', today: '2026-03-01' });
  assert.equal(r.ok, false);
  assert.equal(r.errors[0].field, 'received');
  assert.match(r.errors[0].message, /n'existe pas/);
  const bad = JSON.parse(e.raw('{"question": '));
  assert.equal(bad.ok, false);
  assert.equal(bad.errors[0].field, 'request');
});
