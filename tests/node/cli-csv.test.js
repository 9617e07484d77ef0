// scripts/droitconso --csv: the bulk check of a file of orders on the command line.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { ROOT } = require('./engine');

const CLI = path.join(ROOT, 'scripts', 'droitconso');
const run = (args, input = '') => spawnSync(CLI, args, { input, encoding: 'utf8' });
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'droitconso-csv-'));
const file = (name, content) => { const p = path.join(dir, name); fs.writeFileSync(p, content); return p; };

const ORDERS = 'Commande;Date de réception;Montant\r\nA-1;14/01/2026;12,50\r\nA-2;10/01/2026;"1 234,56"\r\n';

test('--csv FILE prints the input columns, then deadline, status, days left and error; exit 0', () => {
  const r = run(['--csv', file('ok.csv', ORDERS), '--today', '2026-01-20']);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout,
    'Commande;Date de réception;Montant;Date limite (sûre);Date limite (au plus tard);Statut;Jours restants;Erreur\r\n' +
    'A-1;14/01/2026;12,50;28/01/2026;28/01/2026;ouvert;8;\r\n' +
    'A-2;10/01/2026;1 234,56;26/01/2026;26/01/2026;ouvert;6;\r\n');
  assert.equal(r.stderr, '');
});

test('a row in error is printed with its reason, and the exit status is 1', () => {
  const r = run(['--csv', file('bad.csv', 'order,received\n1,2026-01-14\n2,14/01/26\n'), '--today', '2026-02-01', '--lang', 'en']);
  assert.equal(r.status, 1);
  const lines = r.stdout.trim().split('\n');
  assert.equal(lines.length, 3);
  assert.equal(lines[1], '1,2026-01-14,2026-01-28,2026-01-28,closed,0,');
  assert.match(lines[2], /^2,14\/01\/26,,,error,,"Line 3, column ""received"": ""14\/01\/26"": write the year in full/);
});

test('standard input with -, the territory option, and --json', () => {
  const r = run(['--csv', '-', '--today', '2026-04-04', '--territory', 'alsace-moselle', '--json'], 'Reçu le\n20/03/2026\n');
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.equal(out.rows[0].status, 'uncertain');
  assert.deepEqual(out.rows[0].deadline, { safe: '2026-04-03', latest: '2026-04-07' });
});

test('a Windows-1252 file from a spreadsheet is read; its result is UTF-8 with a byte order mark', () => {
  const r = run(['--csv', file('excel.csv', Buffer.from('Date de r\xe9ception;Montant\r\n14/01/2026;12,50\r\n', 'latin1')), '--today', '2026-01-20']);
  assert.equal(r.status, 0, r.stderr);
  assert.ok(r.stdout.startsWith('\ufeffDate de réception;Montant;Date limite (sûre)'));
});

test('an unreadable file, a file without a receipt column, a bad option: exit 2 and a message', () => {
  let r = run(['--csv', '/nonexistent/orders.csv']);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /cannot read/);
  r = run(['--csv', file('none.csv', 'Produit;Prix\nx;1\n'), '--today', '2026-01-20']);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /csv: Aucune colonne ne donne la date de réception/);
  r = run(['--csv', file('ok2.csv', ORDERS), '--territory', 'mars']);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /territory/);
  r = run(['--csv', file('ok3.csv', ORDERS), '--colour']);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /unknown argument --colour/);
});

test('today defaults to the local date', () => {
  const r = run(['--csv', file('old.csv', 'received\n2020-01-14\n')]);
  assert.equal(r.status, 0, r.stderr);
  // One column: no separator to find, ';' is used.
  assert.match(r.stdout.split('\n')[1], /^2020-01-14;2020-01-28;2020-01-28;expiré;0;$/);
});
