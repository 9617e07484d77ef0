// The guarantee vectors (tests/vectors/guarantee_*.csv, also run natively by Catch2) and bad input,
// through the built wasm module.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { engine, readVectors } = require('./engine');

const orNull = (cell) => (cell === '' ? null : cell);
const boolOrNull = (cell) => (cell === '' ? null : cell === 'yes');
const numberOrNull = (cell) => (cell === '' ? null : Number(cell));
const list = (cell) => (cell === '' ? [] : cell.split('|'));

// "repair/2025-03-01/2025-03-11|replacement/2025-06-01/2025-06-05/yes"
function history(cell) {
  return list(cell).map((entry) => {
    const [kind, from, returned = '', after = ''] = entry.split('/');
    const item = { kind, immobilisedFrom: from };
    if (returned) item.returned = returned;
    if (after) item.afterRepairNotDone = after === 'yes';
    return item;
  });
}

function conformityRequest(row) {
  const r = { question: 'conformity', item: row.item, today: row.today };
  const put = (key, value) => { if (value !== null) r[key] = value; };
  put('contract', orNull(row.contract));
  put('delivered', orNull(row.delivered));
  put('condition', orNull(row.condition));
  put('continuousSupply', boolOrNull(row.continuous_supply));
  put('supplyEnd', orNull(row.supply_end));
  put('defectAppeared', orNull(row.defect_appeared));
  put('requested', orNull(row.requested));
  if (row.history) r.history = history(row.history);
  return r;
}

function checkSteps(steps) {
  assert.ok(steps.length > 0);
  for (const s of steps) assert.ok(s.text && s.article && s.url.startsWith('https://'), JSON.stringify(s));
}

test('every row of guarantee_conformity.csv', async () => {
  const e = await engine();
  const rows = readVectors('guarantee_conformity.csv');
  assert.ok(rows.length >= 30);
  for (const row of rows) {
    const why = `${row.id}: ${row.why}`;
    const r = e.ask(conformityRequest(row));
    assert.equal(r.ok, true, `${why} ${JSON.stringify(r)}`);
    assert.equal(r.outcome, row.expected_outcome, why);
    assert.equal(r.regime, orNull(row.expected_regime), why);
    assert.deepEqual(r.missing, list(row.expected_missing), why);
    const g = r.guarantee;
    assert.equal(g.until, orNull(row.expected_until), why);
    assert.equal(g.untilIfEachRepairExtends, row.expected_until_each_repair || undefined, why);
    assert.equal(g.status, row.expected_status, why);
    assert.equal(g.daysLeft, numberOrNull(row.expected_days_left), why);
    assert.equal(g.defectCovered, boolOrNull(row.expected_defect_covered), why);
    assert.equal(r.presumption.until, orNull(row.expected_presumption_until), why);
    assert.equal(r.presumption.presumed, boolOrNull(row.expected_presumed), why);
    assert.equal(r.presumption.burdenOfProof, orNull(row.expected_burden), why);
    if (row.expected_available === '') {
      assert.equal(r.remedies, null, why);
    } else {
      assert.deepEqual(r.remedies.available, list(row.expected_available), why);
      assert.equal(r.remedies.sellerDeadline, orNull(row.expected_seller_deadline), why);
      assert.equal(r.remedies.reductionOrCancellationFrom, orNull(row.expected_reduction_from), why);
    }
    checkSteps(r.steps);
    checkSteps(r.information);
  }
});

test('every row of guarantee_hidden_defect.csv', async () => {
  const e = await engine();
  const rows = readVectors('guarantee_hidden_defect.csv');
  assert.ok(rows.length >= 10);
  for (const row of rows) {
    const why = `${row.id}: ${row.why}`;
    const req = { question: 'hiddenDefect', today: row.today };
    if (row.sale) req.sale = row.sale;
    if (row.discovered) req.discovered = row.discovered;
    if (row.seller_knew) req.sellerKnew = row.seller_knew === 'yes';
    const r = e.ask(req);
    assert.equal(r.ok, true, `${why} ${JSON.stringify(r)}`);
    assert.equal(r.outcome, row.expected_outcome, why);
    assert.deepEqual(r.missing, list(row.expected_missing), why);
    assert.equal(r.deadline, orNull(row.expected_deadline), why);
    assert.equal(r.twoYearsFromDiscovery, orNull(row.expected_two_years), why);
    assert.equal(r.twentyYearsFromSale, orNull(row.expected_twenty_years), why);
    assert.equal(r.capped, row.expected_capped === 'yes', why);
    assert.equal(r.status, row.expected_status, why);
    assert.equal(r.daysLeft, numberOrNull(row.expected_days_left), why);
    assert.equal(r.damages, boolOrNull(row.expected_damages), why);
    assert.deepEqual(r.actions, ['redhibitory', 'estimatory']);
    checkSteps(r.steps);
  }
});

test('conformity: the steps cite the articles of each extension and suspension', async () => {
  const e = await engine();
  const r = e.ask({
    question: 'conformity', item: 'goods', contract: '2024-02-20', delivered: '2024-02-29', condition: 'new',
    defectAppeared: '2025-06-01', requested: '2025-06-03', today: '2025-07-10', territory: 'metropole',
    history: [{ kind: 'repair', immobilisedFrom: '2025-06-05', returned: '2025-06-20' }],
  });
  assert.equal(r.guarantee.until, '2026-09-15');  // 28 Feb 2026 + 15 days + 6 months
  const articles = r.steps.map((s) => s.article);
  for (const a of ['L217-3', 'CPC 641', 'D211-2 annexe', 'L217-13', 'L217-7', 'L217-10', 'L217-14']) assert.ok(articles.includes(a), a);
  assert.ok(r.steps.some((s) => /Date non reportée/.test(s.text)));
  assert.deepEqual(r.information.map((s) => s.article), ['C. civ. 1641', 'C. civ. 2224', 'L218-2']);
});

test('conformity in English: the same dates, English text', async () => {
  const e = await engine();
  const r = e.ask({ question: 'conformity', lang: 'en', item: 'goods', contract: '2025-01-10', delivered: '2025-01-15', condition: 'secondHand', defectAppeared: '2026-01-16', today: '2026-01-20' });
  assert.equal(r.presumption.until, '2026-01-15');
  assert.equal(r.presumption.presumed, false);
  assert.ok(r.steps.some((s) => /you must prove it already existed at delivery/.test(s.text)));
});

test('bad input: errors name the field, nested entries included', async () => {
  const e = await engine();
  let r = e.ask({ question: 'conformity', item: 'goods', contract: '2025-02-01', delivered: '2025-01-31', defectAppeared: '2025-01-30', today: '2025-03-01' });
  assert.equal(r.ok, false);
  assert.deepEqual(r.errors.map((x) => x.field), ['delivered', 'defectAppeared']);
  r = e.ask({ question: 'conformity', item: 'goods', today: '2025-03-01', history: [{ kind: 'repair', immobilisedFrom: '2025-02-10', returned: '2025-02-01' }] });
  assert.deepEqual(r.errors.map((x) => x.field), ['history[0].returned']);
  assert.match(r.errors[0].message, /\(history\[0\]\.returned\)/);
  r = e.ask({ question: 'hiddenDefect', sale: '2025-02-01', discovered: '2025-01-31', today: '2025-03-01' });
  assert.deepEqual(r.errors.map((x) => x.field), ['discovered']);
  r = e.ask({ question: 'hiddenDefect', sale: '2025-02-01' });
  assert.deepEqual(r.errors.map((x) => x.field), ['today']);
});
