// The late-refund questions through the built wasm module: the spec's vectors, tier boundaries,
// malformed amounts, the missing half-year, and the separate non-delivery scale.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { engine, readVectors } = require('./engine');

const DUE = '2026-03-16';
function addDays(iso, n) {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

test('every row of late_refund.csv gives the expected days late and increase', async () => {
  const e = await engine();
  const rows = readVectors('late_refund.csv');
  assert.ok(rows.length >= 8);
  for (const row of rows) {
    const r = e.ask({
      question: 'refund', priceCents: Number(row.price_cents), deliveryCents: Number(row.delivery_cents),
      refundDue: row.refund_due, refunded: row.refunded,
    });
    assert.equal(r.ok, true, JSON.stringify(r));
    assert.equal(r.daysLate, Number(row.expected_days_late), row.why);
    assert.equal(r.increase.cents, Number(row.expected_increase_cents), row.why);
    assert.equal(r.totalDue.cents, Number(row.price_cents) + Number(row.delivery_cents) + Number(row.expected_increase_cents));
    assert.ok(r.steps.every((s) => s.text && s.article && s.url.startsWith('https://')));
  }
});

test('tier boundaries for several amounts (2026-S1, 6.67 % a year)', async () => {
  const e = await engine();
  const percentOf = (days) => (days <= 20 ? 5 : days <= 30 ? 10 : days <= 60 ? 20 : days <= 90 ? 50 : 50 + 5 * Math.ceil((days - 90) / 30));
  for (const cents of [1, 30, 24990, 100000000]) {
    for (const days of [0, 1, 10, 11, 20, 21, 30, 31, 60, 61, 90, 91, 120, 121]) {
      const r = e.ask({ question: 'refund', priceCents: cents, refundDue: DUE, refunded: addDays(DUE, days) });
      assert.equal(r.ok, true);
      assert.equal(r.daysLate, days);
      // Integers in BigInt, rounded half up once.
      const c = BigInt(cents);
      let expected = 0n;
      if (days >= 1 && days <= 10) expected = (c * 667n * BigInt(days) + 1825000n) / 3650000n;
      if (days > 10) expected = (c * BigInt(percentOf(days)) + 50n) / 100n;
      assert.equal(BigInt(r.increase.cents), expected, `${cents} cents, day ${days}`);
    }
  }
});

test('a refund 35 days late: 20 %, shown and explained, with the next tier', async () => {
  const e = await engine();
  const r = e.ask({ question: 'refund', price: '249,90', refundDue: DUE, today: '2026-04-20' });
  assert.equal(r.status, 'late');
  assert.equal(r.daysLate, 35);
  assert.equal(r.increase.cents, 4998);
  assert.equal(r.increase.text, '49,98\u00a0€');
  assert.deepEqual(r.increase.tier, { kind: 'percent', percent: 20, fromDay: 31, toDay: 60 });
  assert.equal(r.totalDue.text, '299,88\u00a0€');
  assert.deepEqual([r.nextTier.day, r.nextTier.date, r.nextTier.cents], [61, '2026-05-16', 12495]);
  assert.ok(r.steps.some((s) => s.article === 'L242-4' && s.text.includes('20\u00a0%')));
});

test('the cap, then legal interest; readings with the alternative figures', async () => {
  const e = await engine();
  const r = e.ask({ question: 'refund', lang: 'en', price: '1 249,90 €', delivery: '9,90', refundDue: '2026-04-16', today: '2027-06-20' });
  assert.equal(r.ok, true);
  assert.equal(r.increase.tier.kind, 'cap');
  assert.equal(r.cap.day, 361);
  assert.equal(r.increase.cents, 126578);
  const byId = Object.fromEntries(r.increase.readings.map((x) => [x.id, x.alternativeCents]));
  assert.deepEqual(byId, { 'tier-bounds': 126602, 'legal-interest-pro-rata': 133393, 'started-months': 125911, 'cap-on-price': 127568 });
  assert.equal(r.increase.prudent.cents, 125911);
  assert.equal(r.warnings[0].field, 'legalRatePercent');  // 2027 is not in the table yet
});

test('the widest case accepted: 1,000,000,000 € + delivery, from 2015 to 9998, exact and quick', async () => {
  const e = await engine();
  const started = Date.now();
  const r = e.ask({ question: 'refund', priceCents: 100000000000, deliveryCents: 100000000000, refundDue: '2015-01-01', today: '9998-12-31' });
  assert.equal(r.ok, true);
  assert.equal(r.cap.day, 61);  // 50 % of the sums due equals the price
  assert.equal(r.increase.cents, 106557902850513);  // reference: exact fractions, half-year by half-year
  assert.match(r.warnings[0].message, /2026-S2 – 9998-S2/);
  assert.ok(r.steps.length < 60);
  assert.ok(Date.now() - started < 5000);
});

test('malformed amounts are refused with the field named', async () => {
  const e = await engine();
  for (const price of ['abc', '-5', '1e309', '12,345,67', 'NaN', '', '1,249', '2000000000']) {
    const r = e.ask({ question: 'refund', price, refundDue: DUE, refunded: '2026-03-26' });
    assert.equal(r.ok, false, price);
    assert.equal(r.errors[0].field, 'price', price);
    assert.match(r.errors[0].message, /\(price\)/);
  }
  const asNumber = e.ask({ question: 'refund', price: 249.9, refundDue: DUE, refunded: '2026-03-26' });
  assert.equal(asNumber.errors[0].field, 'price');
});

test('a half-year the table lacks: a warning, or the rate typed in', async () => {
  const e = await engine();
  const base = { question: 'refund', priceCents: 100000000, refundDue: '2026-06-25', refunded: '2026-07-05' };
  const warned = e.ask(base);
  assert.equal(warned.increase.cents, 182740);
  assert.equal(warned.warnings[0].field, 'legalRatePercent');
  assert.match(warned.warnings[0].message, /2026-S2/);
  const typed = e.ask({ ...base, legalRatePercent: '7,00' });
  assert.equal(typed.increase.cents, 187260);
  assert.equal(typed.warnings, undefined);
  assert.equal(typed.legalRates[1].origin, 'supplied');
});

test('the due date from the withdrawal facts, or cannot tell yet', async () => {
  const e = await engine();
  const r = e.ask({ question: 'refund', price: '200', contract: 'goods', sellerInformed: '2026-03-02', territory: 'metropole',
    sellerCollects: false, proofOfShipmentSent: '2026-03-19', refunded: '2026-04-20' });
  assert.deepEqual(r.refundDue, { date: '2026-03-19', latest: '2026-03-19', rule: 'proof-of-shipment' });
  const unknown = e.ask({ question: 'refund', price: '200', contract: 'goods', sellerInformed: '2026-03-02', territory: 'metropole', today: '2026-04-20' });
  assert.equal(unknown.status, 'cannot-tell-yet');
  assert.deepEqual(unknown.missing, ['sellerCollects', 'goodsReceivedBack', 'proofOfShipmentSent']);
});

test('non-delivery-refund: the L241-4 scale, 10 / 20 / 50 %', async () => {
  const e = await engine();
  const at = (days) => e.ask({ question: 'non-delivery-refund', paidCents: 24990, refundDue: DUE, refunded: addDays(DUE, days) });
  assert.deepEqual([0, 1, 30, 31, 60, 61].map((d) => at(d).increase.cents), [0, 2499, 2499, 4998, 4998, 12495]);
  assert.equal(at(35).steps[0].article, 'L241-4');
  assert.ok(e.ask({ question: 'about' }).questions.includes('non-delivery-refund'));
});
