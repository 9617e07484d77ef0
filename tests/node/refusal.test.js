// The "refusal" question through the built wasm module: the reasons offered, a "too late" that is
// not (a Sunday and Easter Monday), opened packaging within the period, exclusions that make a
// refusal lawful, the late refund reused, and the proof file.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { engine } = require('./engine');

// Goods bought at a distance from a professional, received on Sunday 22 March 2026, no exclusion.
const CASE = {
  question: 'refusal', contract: 'goods', territory: 'metropole', seller: 'professional', channel: 'distance',
  sector: 'none', concluded: '2026-03-18', received: '2026-03-22', financialMarketPrice: false, personalised: false,
  perishable: false, hygieneProduct: false, mixedInseparably: false, alcohol: false, recordingOrSoftware: false,
  newspaper: false, publicAuction: false, infoGiven: true, today: '2026-04-10',
};

test('without a reason, the ten reasons with their French and English labels', async () => {
  const r = (await engine()).ask({ question: 'refusal' });
  assert.equal(r.ok, true);
  assert.deepEqual(r.reasons.map((x) => x.code), ['opened-or-used', 'too-late', 'cannot-be-returned', 'vouchers',
    'delivery-not-refunded', 'return-costs-deducted', 'not-received-back', 'third-party-seller', 'no-answer', 'other']);
  for (const x of r.reasons) assert.ok(x.label.fr && x.label.en);
});

test('"too late" that is not: day 14 a Sunday, then Easter Monday; sent Tuesday 7 April', async () => {
  const e = await engine();
  const r = e.ask({ ...CASE, reason: 'too-late', withdrawalSent: '2026-04-07', lang: 'en' });
  assert.equal(r.outcome, 'unlawful');
  assert.equal(r.article, 'L221-19');
  assert.deepEqual(r.case.deadline, { safe: '2026-04-07', latest: '2026-04-07' });
  assert.equal(r.case.sentInTime, 'yes');
  assert.match(r.reply, /^Bonjour,/);
  assert.match(r.reply, /Il expirait donc le mardi 7 avril 2026/);
  assert.ok(r.why.some((s) => s.article === 'C. trav. L3133-1' && /Easter Monday/.test(s.text)));
  assert.equal(r.next.letter, 'refund');
  const late = e.ask({ ...CASE, reason: 'too-late', withdrawalSent: '2026-04-08' });
  assert.equal(late.outcome, 'lawful');
  assert.equal(late.reply, undefined);
});

test('opened packaging within the period is no ground; hygiene or software unsealed is', async () => {
  const e = await engine();
  const opened = e.ask({ ...CASE, reason: 'opened-or-used', withdrawalSent: '2026-03-30' });
  assert.equal(opened.outcome, 'unlawful');
  assert.match(opened.reply, /article L221-23 du code de la consommation/);
  for (const gate of ['hygieneProduct', 'recordingOrSoftware']) {
    const r = e.ask({ ...CASE, reason: 'opened-or-used', [gate]: true, unsealed: true });
    assert.equal(r.outcome, 'lawful', gate);
    assert.equal(r.article, 'L221-28');
    assert.ok(r.consequences.some((s) => s.article === 'L217-3'));
  }
  const unknown = e.ask({ ...CASE, reason: 'opened-or-used', hygieneProduct: true });
  assert.equal(unknown.outcome, 'cannot-tell');
  assert.deepEqual(unknown.missing, ['unsealed']);
  assert.equal(unknown.ask[0].field, 'unsealed');
});

test('a category the law does not list is no exclusion', async () => {
  const r = (await engine()).ask({ ...CASE, reason: 'cannot-be-returned', withdrawalSent: '2026-03-30' });
  assert.equal(r.outcome, 'unlawful');
  assert.ok(r.why.some((s) => s.article === 'L242-3'));
});

test('no answer: the L242-4 increase computed by the late-refund engine, the plan\'s next stage', async () => {
  const r = (await engine()).ask({ ...CASE, reason: 'no-answer', withdrawalSent: '2026-03-25', sellerInformed: '2026-03-25',
    sellerCollects: false, proofOfShipmentSent: '2026-03-30', priceCents: 24990, deliveryCents: 499, today: '2026-05-20',
    complaintSent: '2026-04-20' });
  assert.equal(r.outcome, 'unlawful');
  assert.equal(r.case.refundDue.safe, '2026-04-08');
  assert.deepEqual(r.case.lateRefund, { daysLate: 42, increase: { cents: 5098, text: '50,98\u00a0€' },
    totalDue: { cents: 30587, text: '305,87\u00a0€' } });
  assert.equal(r.next.stage.id, 'notice');
  assert.ok(!JSON.stringify(r).includes('odr'));
});

test('vouchers and delivery costs', async () => {
  const e = await engine();
  const base = { ...CASE, withdrawalSent: '2026-03-30', sellerInformed: '2026-03-30', sellerCollects: true };
  assert.equal(e.ask({ ...base, reason: 'vouchers', voucherAccepted: false }).outcome, 'unlawful');
  assert.equal(e.ask({ ...base, reason: 'vouchers', voucherAccepted: true }).outcome, 'lawful');
  const d = e.ask({ ...base, reason: 'delivery-not-refunded', price: '50,00', delivery: '15,00', standardDelivery: '4,99' });
  assert.equal(d.outcome, 'unlawful');
  assert.equal(d.case.deliveryOwed.cents, 499);
  assert.equal(d.case.sumsDue.cents, 5499);
});

test('the proof file: eight items for goods, each with why and article, and a printable text', async () => {
  const r = (await engine()).ask({ ...CASE, reason: 'too-late', withdrawalSent: '2026-04-07' });
  assert.deepEqual(r.proofFile.items.map((i) => i.id), ['order-confirmation', 'receipt-date', 'withdrawal-sent',
    'return-tracking', 'photos', 'seller-messages', 'terms-of-sale', 'bank-statement']);
  const sent = r.proofFile.items.find((i) => i.id === 'withdrawal-sent');
  assert.equal(sent.article, 'L221-22');
  assert.match(sent.url, /^https:\/\/www\.legifrance\.gouv\.fr\//);
  assert.match(r.proofFile.text, /☐ Preuve de l'envoi de la rétractation/);
});

test('errors name the field', async () => {
  const r = (await engine()).ask({ question: 'refusal', reason: 'because' });
  assert.equal(r.ok, false);
  assert.equal(r.errors[0].field, 'reason');
});
