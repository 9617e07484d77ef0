// The withdrawal vectors through the built wasm module: extension.csv, withdrawal_start.csv,
// exclusions.csv, refund_due.csv (the same rows the Catch2 tests run natively), and the three outcomes.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { engine, readVectors } = require('./engine');

const IN_SCOPE = { seller: 'professional', channel: 'distance', territory: 'metropole', sector: 'none', concluded: '2026-01-05' };

function exclusionFields(e) {
  // Every exclusion question, as the API lists them when nothing is answered, for each contract kind.
  const fields = new Set();
  for (const contract of ['goods', 'subscription', 'service', 'utility', 'digital-content']) {
    const r = e.ask({ question: 'eligibility', ...IN_SCOPE, contract });
    for (const m of r.missing) fields.add(m.field);
  }
  // The conditions behind the gates.
  for (const f of ['serviceConsent', 'unsealed', 'alcoholLateDelivery', 'alcoholMarketValue', 'specificDate',
    'digitalConsent', 'digitalConfirmation']) fields.add(f);
  return [...fields];
}

// "personalised=yes;rest=no;unsealed=" as in exclusions.csv (tests/core/exclusions_test.cpp).
function answersOf(tokens, allFields) {
  const given = new Map();
  for (const token of tokens.split(';').filter(Boolean)) {
    const [key, value] = token.split('=');
    if (key === 'rest') {
      for (const f of allFields) if (!given.has(f)) given.set(f, false);
    } else given.set(key, value === '' ? undefined : value === 'yes');
  }
  return Object.fromEntries([...given].filter(([, v]) => v !== undefined));
}

test('extension.csv: every row through the "extension" question', async () => {
  const e = await engine();
  const rows = readVectors('extension.csv');
  assert.ok(rows.length >= 4);
  for (const row of rows) {
    const req = { question: 'extension', initialEnd: row.initial_end, territory: row.territory };
    if (row.information_received) req.informationReceived = row.information_received;
    const r = e.ask(req);
    assert.equal(r.ok, true, JSON.stringify(r));
    assert.equal(r.end.safe, row.expected_end, row.why);
    assert.equal(r.rule, row.information_received ? 'fourteen-days-from-information' : 'twelve-months');
    assert.equal(r.steps[0].article, 'L221-20');
  }
});

test('extension.csv rows 1 to 3 through "withdrawal": receipt, infoGiven false, informationReceived', async () => {
  const e = await engine();
  const receiptFor = { '2026-01-26': '2026-01-12', '2024-02-29': '2024-02-15' };
  for (const row of readVectors('extension.csv')) {
    const received = receiptFor[row.initial_end];
    if (!received) continue;  // 2025-05-10 is a Saturday: no receipt ends a period there
    const today = row.information_received || received;
    const req = { question: 'withdrawal', contract: 'goods', received, territory: row.territory, today, infoGiven: false };
    if (row.information_received) req.informationReceived = row.information_received;
    const r = e.ask(req);
    assert.equal(r.ok, true, JSON.stringify(r));
    assert.equal(r.initialDeadline.safe, row.initial_end);
    assert.equal(r.deadline.safe, row.expected_end, row.why);
  }
});

test('withdrawal_start.csv: every start rule', async () => {
  const e = await engine();
  const rows = readVectors('withdrawal_start.csv');
  assert.ok(rows.length >= 9);
  for (const row of rows) {
    const req = { question: 'withdrawal', contract: row.contract, channel: row.channel, territory: row.territory, today: row.today };
    if (row.concluded) req.concluded = row.concluded;
    if (row.received) req.received = row.received;
    const r = e.ask(req);
    assert.equal(r.ok, true, JSON.stringify(r));
    assert.equal(r.start.rule, row.expected_rule, row.why);
    assert.equal(r.start.date, row.expected_event, row.why);
    assert.equal(r.start.mayWithdrawFrom ?? '', row.expected_may_withdraw_from, row.why);
    assert.deepEqual(r.deadline, { safe: row.expected_safe, latest: row.expected_latest }, row.why);
    assert.equal(r.status, row.expected_status, row.why);
    assert.equal(r.daysLeft, Number(row.expected_days_left), row.why);
    assert.equal(r.steps[0].article, 'L221-18');
  }
});

test('exclusions.csv: every exclusion outcome through "eligibility"', async () => {
  const e = await engine();
  const all = exclusionFields(e);
  const rows = readVectors('exclusions.csv');
  assert.ok(rows.length >= 30);
  const seen = new Set();
  for (const row of rows) {
    const r = e.ask({ question: 'eligibility', ...IN_SCOPE, contract: row.contract, ...answersOf(row.answers, all) });
    assert.equal(r.ok, true, JSON.stringify(r));
    assert.equal(r.outcome, row.expected_outcome, `${row.why} [${row.answers}]`);
    if (r.outcome === 'does-not-apply') {
      assert.equal(r.reason.code, 'exclusion');
      assert.equal(r.reason.exclusion, Number(row.expected_exclusion), row.why);
      assert.equal(r.reason.article, 'L221-28');
      assert.ok(r.consequences.length >= 1);
      seen.add(r.reason.exclusion);
    } else if (r.outcome === 'cannot-tell') {
      assert.equal(r.missing.map((m) => m.field).join(';'), row.expected_missing, row.why);
      for (const m of r.missing) assert.ok(m.question.fr && m.question.en && m.type === 'boolean');
    }
  }
  assert.equal(seen.size, 13);
});

test('refund_due.csv: the refund due date and the rule that decided it, inside "withdrawal"', async () => {
  const e = await engine();
  const rows = readVectors('refund_due.csv');
  assert.ok(rows.length >= 10);
  for (const row of rows) {
    // A contract concluded and received long enough before for the withdrawal to be sent in time.
    const req = { question: 'withdrawal', contract: row.contract, territory: row.territory, today: '2026-12-31',
      concluded: '2025-12-01', received: '2025-12-01', infoGiven: false, sellerInformed: row.seller_informed };
    if (row.seller_collects) req.sellerCollects = row.seller_collects === 'yes';
    if (row.goods_received_back) req.goodsReceivedBack = row.goods_received_back;
    if (row.proof_of_shipment_sent) req.proofOfShipmentSent = row.proof_of_shipment_sent;
    const r = e.ask(req);
    assert.equal(r.ok, true, JSON.stringify(r));
    assert.equal(r.refundDue.safe ?? '', row.expected_safe, row.why);
    assert.equal(r.refundDue.latest ?? '', row.expected_latest, row.why);
    assert.equal(r.refundDue.decidedBy, row.expected_decided_by, row.why);
    assert.equal(r.refundDue.ifSellerCollects ?? '', row.expected_if_seller_collects, row.why);
    assert.equal(r.refundDue.steps[0].article, 'L221-24');
  }
});

test('three outcomes: applies, does not apply (reason and article), cannot tell (questions to ask)', async () => {
  const e = await engine();
  const rest = Object.fromEntries(exclusionFields(e).map((f) => [f, false]));
  const applies = e.ask({ question: 'eligibility', ...IN_SCOPE, contract: 'goods', ...rest });
  assert.equal(applies.outcome, 'applies');
  assert.ok(applies.notes.some((n) => n.article === 'L242-3'));
  const shop = e.ask({ question: 'eligibility', channel: 'shop' });
  assert.equal(shop.outcome, 'does-not-apply');
  assert.equal(shop.reason.code, 'shop');
  const fair = e.ask({ question: 'eligibility', channel: 'fair', lang: 'en' });
  assert.equal(fair.reason.article, 'L224-59');
  const priv = e.ask({ question: 'eligibility', seller: 'private' });
  assert.equal(priv.reason.code, 'private-seller');
  assert.match(priv.reason.text, /D111-8/);
  const sector = e.ask({ question: 'eligibility', sector: 'package-travel' });
  assert.equal(sector.reason.article, 'L221-2');
  const nc = e.ask({ question: 'eligibility', territory: 'nouvelle-caledonie' });
  assert.equal(nc.reason.code, 'territory');
  const old = e.ask({ question: 'eligibility', concluded: '2014-06-13' });
  assert.equal(old.reason.code, 'before-2014-06-14');
  const unknown = e.ask({ question: 'eligibility' });
  assert.equal(unknown.outcome, 'cannot-tell');
  assert.deepEqual(unknown.missing.map((m) => m.field), ['seller', 'channel', 'territory', 'contract', 'sector', 'concluded']);
  assert.ok(unknown.missing[0].options.some((o) => o.value === 'private' && o.label.fr && o.label.en));
});

test('the first withdrawal request still answers as before, with the new fields beside', async () => {
  const e = await engine();
  const r = e.ask({ question: 'withdrawal', contract: 'goods', received: '2026-03-07', territory: 'metropole', today: '2026-03-10' });
  assert.equal(r.ok, true);
  assert.deepEqual(r.deadline, { safe: '2026-03-23', latest: '2026-03-23' });
  assert.equal(r.status, 'open');
  assert.equal(r.daysLeft, 13);
  assert.deepEqual(r.steps.map((s) => s.article), ['L221-18', 'L221-19', 'L221-19', 'L221-19', 'L221-19', 'L221-18']);
  assert.equal(r.outcome, 'cannot-tell');
  assert.equal(r.howTo.steps[0].article, 'L221-21');
  assert.equal(r.ifNotInformed.deadline.safe, '2027-03-23');
});

test('how to withdraw: the online function for contracts concluded online from 19 June 2026', async () => {
  const e = await engine();
  const base = { question: 'withdrawal', contract: 'goods', received: '2026-06-22', territory: 'metropole', today: '2026-06-25', online: true };
  assert.equal(e.ask({ ...base, concluded: '2026-06-19' }).howTo.onlineFunction, 'required');
  assert.equal(e.ask({ ...base, concluded: '2026-06-18' }).howTo.onlineFunction, 'not-required');
  const depends = e.ask({ ...base, online: undefined });
  assert.equal(depends.howTo.onlineFunction, 'depends');
  assert.deepEqual(depends.howTo.missing.map((m) => m.field), ['concluded', 'online']);
  assert.match(depends.howTo.steps.at(-1).text, /renoncer au contrat ici.*sources secondaires/);
});
