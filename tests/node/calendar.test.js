// Calendar reminders ({"question":"calendar"}): the .ics made by the wasm module, parsed by a real
// iCalendar parser (ical.js) and checked event by event.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const ICAL = require('ical.js');
const { engine } = require('./engine');

const CASE = {
  question: 'calendar', today: '2026-03-02', complaintSent: '2026-02-10', noticeSent: '2026-02-27',
  mediatorReferred: '2026-03-01', claimCents: 12990, seller: 'eu', factsKnown: '2026-01-28', cardDebit: '2026-01-05',
  received: '2026-02-20', territory: 'metropole', remindDaysBefore: 4,
};

const dayAfter = (iso) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
};

test('calendar: every upcoming deadline is one all-day event with a reminder, as ical.js reads it', async () => {
  const e = await engine();
  const r = e.ask(CASE);
  assert.equal(r.ok, true, JSON.stringify(r));
  assert.equal(r.filename, 'droitconso-rappels-2026-03-02.ics');
  // RFC 5545 framing: CRLF only, lines of at most 75 octets.
  assert.ok(r.ics.endsWith('\r\n'));
  assert.equal(r.ics.split('\n').length, r.ics.split('\r\n').length);
  for (const line of r.ics.split('\r\n')) assert.ok(Buffer.byteLength(line, 'utf8') <= 75, line);

  const cal = new ICAL.Component(ICAL.parse(r.ics));
  assert.equal(cal.name, 'vcalendar');
  assert.equal(cal.getFirstPropertyValue('version'), '2.0');
  assert.match(cal.getFirstPropertyValue('prodid'), /^-\/\/DroitConso\/\/DroitConso /);
  const vevents = cal.getAllSubcomponents('vevent');
  assert.deepEqual(r.events.map((x) => `${x.id} ${x.date}`), [
    'ecc-from 2026-03-03', 'withdrawal-end 2026-03-06', 'notice-deadline 2026-03-07', 'mediator-admissibility 2026-03-22',
    'mediator-outcome 2026-05-30', 'card-unauthorised-until 2027-02-05', 'limit-until 2031-01-28',
  ]);
  assert.equal(vevents.length, r.events.length);
  const uids = new Set();
  vevents.forEach((vevent, i) => {
    const expected = r.events[i];
    const ev = new ICAL.Event(vevent);
    assert.equal(ev.startDate.isDate, true, 'all-day');
    assert.equal(ev.startDate.toString(), expected.date);
    assert.equal(ev.endDate.isDate, true);
    assert.equal(ev.endDate.toString(), dayAfter(expected.date));
    assert.equal(ev.summary, expected.title);
    assert.equal(ev.uid, expected.uid);
    assert.ok(ev.description.includes(expected.url), 'the article is in the description');
    assert.equal(vevent.getFirstPropertyValue('url'), expected.url);
    assert.equal(vevent.getFirstPropertyValue('dtstamp').toString(), '2026-03-02T00:00:00Z');
    const alarm = vevent.getFirstSubcomponent('valarm');
    assert.equal(alarm.getFirstPropertyValue('action'), 'DISPLAY');
    assert.equal(alarm.getFirstPropertyValue('trigger').toString(), '-P4D');
    assert.equal(alarm.getFirstPropertyValue('description'), expected.title);
    assert.ok(expected.date >= CASE.today, 'only upcoming deadlines');
    uids.add(ev.uid);
  });
  assert.equal(uids.size, vevents.length, 'UIDs are unique');
});

test('calendar: stable output (no clock, no randomness), escaped text survives the round trip', async () => {
  const e = await engine();
  const a = e.ask({ ...CASE, lang: 'en' });
  const b = e.ask({ ...CASE, lang: 'en' });
  assert.equal(a.ics, b.ics);
  const cal = new ICAL.Component(ICAL.parse(a.ics));
  const index = a.events.findIndex((x) => x.id === 'withdrawal-end');
  const first = new ICAL.Event(cal.getAllSubcomponents('vevent')[index]);
  assert.equal(first.summary, 'Last day to send your withdrawal');
  assert.match(first.description, /\nReference: L221-18: https:\/\/www\.legifrance\.gouv\.fr\//);
});

test('calendar: nothing ahead, no file', async () => {
  const e = await engine();
  const r = e.ask({ question: 'calendar', today: '2026-03-02' });
  assert.equal(r.ok, true);
  assert.equal(r.ics, null);
  assert.deepEqual(r.events, []);
});

test('calendar: the engines\' deadlines (return, refund, extended withdrawal, guarantee, hidden defect) are events', async () => {
  const e = await engine();
  const r = e.ask({
    question: 'calendar', today: '2026-03-02', received: '2026-01-14', territory: 'metropole', infoGiven: false,
    withdrawalSent: '2026-02-25', sellerInformed: '2026-02-26', sellerCollects: false, proofOfShipmentSent: '2026-02-27',
    ordered: '2026-01-10', delivered: '2026-01-14', discovered: '2026-02-20',
  });
  assert.equal(r.ok, true, JSON.stringify(r));
  assert.deepEqual(r.events.map((x) => `${x.id} ${x.date} ${x.article}`), [
    'return-by 2026-03-11 L221-23', 'refund-due 2026-03-12 L221-24', 'withdrawal-end 2027-01-28 L221-20',
    'guarantee-end 2028-01-14 L217-3', 'hidden-defect-until 2028-02-20 C. civ. 1648',
  ]);
  const vevents = new ICAL.Component(ICAL.parse(r.ics)).getAllSubcomponents('vevent');
  assert.deepEqual(vevents.map((v) => new ICAL.Event(v).startDate.toString()), r.events.map((x) => x.date));
  assert.deepEqual(vevents.map((v) => new ICAL.Event(v).summary), r.events.map((x) => x.title));
});
