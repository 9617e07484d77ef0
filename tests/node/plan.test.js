// The escalation plan ({"question":"plan"}) through the built wasm module: stages, dates, statuses.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { engine } = require('./engine');

const CASE = {
  today: '2026-03-02', complaintSent: '2026-02-10', noticeSent: '2026-02-20', claimCents: 12990, seller: 'eu',
  factsKnown: '2026-01-28', cardDebit: '2026-01-05', received: '2026-01-14', territory: 'metropole',
};
const byId = (list, id) => list.find((x) => x.id === id);

test('plan: a refused refund, stage by stage', async () => {
  const e = await engine();
  const r = e.ask({ question: 'plan', ...CASE });
  assert.equal(r.ok, true, JSON.stringify(r));
  assert.deepEqual(r.stages.map((s) => s.id), ['complaint', 'notice', 'mediator', 'conciliator', 'court', 'limit']);
  assert.deepEqual(r.beside.map((s) => s.id), ['signalconso', 'ecc', 'card']);
  assert.equal(byId(r.stages, 'complaint').status, 'done');
  assert.deepEqual([byId(r.stages, 'notice').until, byId(r.stages, 'notice').status], ['2026-02-28', 'done']);
  assert.deepEqual([byId(r.stages, 'mediator').from, byId(r.stages, 'mediator').until], ['2026-02-10', '2027-02-10']);
  assert.equal(byId(r.stages, 'limit').until, '2031-01-28');
  assert.equal(byId(r.beside, 'ecc').from, '2026-03-03');
  assert.equal(byId(r.beside, 'card').until, '2027-02-05');
  const court = byId(r.stages, 'court');
  for (const a of ['R631-3', 'CPC 750-1', 'CPC 761', 'COJ R211-3-24', 'CPCE L125-1', 'CPC 1405'])
    assert.ok(court.steps.some((s) => s.article === a), a);
  assert.deepEqual(r.deadlines.map((d) => d.id),
    ['withdrawal-end', 'notice-deadline', 'ecc-from', 'card-unauthorised-until', 'mediator-until', 'limit-until']);
  assert.deepEqual(r.deadlines.map((d) => d.upcoming), [false, false, true, true, true, true]);
  for (const list of [r.stages, r.beside])
    for (const s of list) for (const step of s.steps) assert.match(step.url, /^https:\/\//);
});

test('plan: English, and what is missing before a date can be given', async () => {
  const e = await engine();
  const r = e.ask({ question: 'plan', today: '2026-03-02', lang: 'en' });
  assert.equal(r.ok, true);
  assert.equal(byId(r.stages, 'mediator').status, 'notYet');
  assert.deepEqual(byId(r.stages, 'mediator').missing, ['complaintSent']);
  assert.deepEqual(byId(r.stages, 'court').missing, ['claimCents']);
  assert.deepEqual(byId(r.stages, 'limit').missing, ['factsKnown']);
  assert.match(byId(r.beside, 'signalconso').steps[0].text, /a report, not a complaint/);
  assert.deepEqual(r.deadlines, []);
});

test('plan: bad fields are named', async () => {
  const e = await engine();
  const r = e.ask({ question: 'plan', today: '2026-03-02', complaintSent: '2026-03-05', noticeDays: 100 });
  assert.equal(r.ok, false);
  assert.deepEqual(r.errors.map((x) => x.field), ['complaintSent', 'noticeDays']);
});

test('plan: the deadlines of the withdrawal case and of the guarantees come from their engines', async () => {
  const e = await engine();
  const r = e.ask({
    question: 'plan', today: '2026-03-02', lang: 'en', received: '2026-01-14', territory: 'metropole', infoGiven: false,
    withdrawalSent: '2026-02-25', sellerInformed: '2026-02-26', sellerCollects: false, proofOfShipmentSent: '2026-02-27',
    ordered: '2026-01-10', delivered: '2026-01-14', discovered: '2026-02-20',
  });
  assert.equal(r.ok, true, JSON.stringify(r));
  const byId = Object.fromEntries(r.deadlines.map((d) => [d.id, d]));
  assert.equal(byId['return-by'].date, '2026-03-11');
  assert.equal(byId['refund-due'].date, '2026-03-12');
  assert.equal(byId['withdrawal-end'].date, '2027-01-28');
  assert.equal(byId['withdrawal-end'].article, 'L221-20');
  assert.equal(byId['guarantee-end'].date, '2028-01-14');
  assert.equal(byId['guarantee-end'].title, 'End of the legal guarantee of conformity');
  assert.equal(byId['hidden-defect-until'].date, '2028-02-20');
  // The refund question's due date, for the same facts.
  const refund = e.ask({ question: 'refund', today: '2026-03-02', price: '10,00', contract: 'goods', sellerInformed: '2026-02-26',
    territory: 'metropole', sellerCollects: false, proofOfShipmentSent: '2026-02-27' });
  assert.equal(refund.refundDue.date, byId['refund-due'].date);
});
