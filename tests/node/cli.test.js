// scripts/droitconso: the public JSON API on the command line (same wasm module as the page).
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { spawnSync } = require('child_process');
const path = require('path');
const { readVectors, ROOT } = require('./engine');

const CLI = path.join(ROOT, 'scripts', 'droitconso');
const run = (input, args = []) => spawnSync(CLI, args, { input, encoding: 'utf8' });

test('one JSON case in, one JSON result out', () => {
  const r = run('{"question":"period","event":"2026-01-14","territory":"metropole"}');
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.deepEqual(out.end, { safe: '2026-01-28', latest: '2026-01-28' });
  assert.equal(out.steps[0].article, 'L221-19');
});

test('a pretty-printed case over several lines is still one case', () => {
  const r = run('{\n  "question": "withdrawal",\n  "contract": "goods",\n  "received": "2026-01-14",\n  "territory": "metropole",\n  "today": "2026-01-20"\n}\n');
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.equal(out.status, 'open');
  assert.equal(out.daysLeft, 8);
});

test('JSON Lines: every row of periods.csv, one result line per case, in order', () => {
  const rows = readVectors('periods.csv');
  const input = rows.map((row, i) => JSON.stringify({ question: 'period', event: row.event, territory: row.territory, id: i })).join('\n');
  const r = run(input);
  assert.equal(r.status, 0, r.stderr);
  const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(lines.length, rows.length);
  lines.forEach((out, i) => {
    assert.equal(out.id, i);
    assert.equal(out.end.safe, rows[i].expected_end, rows[i].why);
  });
});

test('a file argument works like standard input', () => {
  const file = path.join(ROOT, 'tests', 'node', 'fixtures', 'holidays-alsace-2026.json');
  const r = run('', [file]);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(JSON.parse(r.stdout).holidays.length, 13);
});

test('bad input: ok false, the field named in French, exit 1, no stack trace', () => {
  const r = run('{"question":"withdrawal","contract":"goods","received":"2026-02-30","territory":"metropole","today":"2026-03-01"}');
  assert.equal(r.status, 1);
  const out = JSON.parse(r.stdout);
  assert.equal(out.ok, false);
  assert.equal(out.errors[0].field, 'received');
  assert.match(out.errors[0].message, /date de réception/);
  assert.equal(r.stderr, '');
  const garbage = run('this is not json');
  assert.equal(garbage.status, 1);
  assert.equal(JSON.parse(garbage.stdout).errors[0].field, 'request');
});

test('a mixed batch answers every line and exits 1', () => {
  const r = run('{"question":"period","event":"2026-01-14","territory":"metropole"}\n{"question":"period"}\n');
  assert.equal(r.status, 1);
  const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(lines.map((l) => l.ok), [true, false]);
});

test('today defaults to the local date when the request leaves it out', () => {
  const r = run('{"question":"withdrawal","contract":"goods","received":"2020-01-14","territory":"metropole"}');
  assert.equal(JSON.parse(r.stdout).status, 'closed');
});

test('an unreadable file exits 2 with a message', () => {
  const r = run('', ['/nonexistent/file.json']);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /cannot read/);
});

test('accented text is printed as UTF-8 characters, the same values as the module gives', async () => {
  const { raw } = await require('./engine').engine();
  const request = '{"question":"withdrawal","contract":"goods","territory":"metropole","today":"2026-03-01","received":"2026-02-30","id":"réf. \\\\u00e9 😀"}';
  const r = run(request);
  const fromModule = raw(request);
  assert.match(fromModule, /^[\x00-\x7f]*$/, 'the module writes ASCII JSON');
  assert.match(fromModule, /r\\u00e9ception/);
  assert.match(r.stdout, /date de réception/);
  assert.doesNotMatch(r.stdout, /\\u00e9ception/);
  assert.deepEqual(JSON.parse(r.stdout), JSON.parse(fromModule));
  assert.equal(JSON.parse(r.stdout).id, 'réf. \\u00e9 😀', 'an escaped backslash stays text');
});
