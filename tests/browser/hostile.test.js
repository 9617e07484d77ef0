// The hostile-input table through the page (issue 9), for the fields of the withdrawal and refund
// journeys and of the withdrawal letter: impossible dates typed, full-width digits, years out of
// range, negative, zero and huge amounts, NaN, 1e309, Infinity, text in an amount, and
// <img src=x onerror=alert(1)> in every text field. Each time: a message beside its field, in French,
// naming what is expected; the field keeps what was typed; no dialog, no page error, no request, no
// markup created.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { launch, openPage, $, typeDate, assertNoInjection, shot, PAGE_URL_FILE, PAYLOAD, JAN_20 } = require('./browser');

const APR_20 = new Date('2026-04-20T10:00:00+02:00');
let browser;
test.before(async () => { browser = await launch(); });
test.after(async () => { await browser.close(); });

function assertClean(log) {
  assert.deepEqual(log.dialogs, [], 'no dialog');
  assert.deepEqual(log.pageErrors, [], 'no page error');
  assert.deepEqual(log.consoleErrors, [], 'no console error');
  assert.deepEqual(log.requests, [PAGE_URL_FILE], 'no request');
}

// The message beside a field, once it says something; the field marked invalid and described by it.
async function messageBeside(page, id) {
  await $(page, `#${id}-error`).filter({ hasText: /./ }).waitFor();
  assert.equal(await $(page, `#${id}`).first().getAttribute('aria-invalid'), 'true', `#${id} is marked invalid`);
  assert.match(await $(page, `#${id}`).first().getAttribute('aria-describedby'), new RegExp(`${id}-error`));
  return (await $(page, `#${id}-error`).innerText()).replace(/[\u00a0\u202f]/g, ' ');
}

// Dates typed into the date field as a person types them (jj mm aaaa): what the field then holds
// (its value, or the browser's "bad input" when the date cannot exist), and the message.
const TYPED_DATES = [
  { what: '30 February', typed: '30022026', bad: true, message: /^Date incomplète ou impossible : indiquez le jour, le mois et l'année \(jj\/mm\/aaaa\)\.$/ },
  { what: '31 April', typed: '31042026', bad: true, message: /^Date incomplète ou impossible/ },
  { what: '29 February of a common year', typed: '29022025', bad: true, message: /^Date incomplète ou impossible/ },
  { what: 'day and month only', typed: '1401', bad: true, message: /^Date incomplète ou impossible/ },
  { what: 'full-width digits (the field takes none)', typed: '１４０１２０２６', value: '', message: /^Indiquez une date : le jour, le mois et l'année \(jj\/mm\/aaaa\)\.$/ },
  { what: 'letters (the field takes none)', typed: 'abc', value: '', message: /^Indiquez une date/ },
  { what: 'a five-digit year', typed: '0101099999', value: '99999-01-01', message: /date de réception.*99999-01-01.*AAAA-MM-JJ/ },
  { what: 'year 0', typed: '01010000', value: '0001-01-01', message: /date de réception.*hors des années acceptées \(1583 à 9998\)/ },
  { what: 'before the Gregorian years', typed: '01011500', value: '1500-01-01', message: /date de réception.*hors des années acceptées \(1583 à 9998\)/ },
  { what: 'after today', typed: '14022026', value: '2026-02-14', message: /date de réception.*après aujourd'hui/ },
];

test('withdrawal: every impossible or out-of-range date typed is named beside the field, and the field keeps it', async () => {
  const { context, page, log } = await openPage(browser, PAGE_URL_FILE, { clock: JAN_20 });
  await $(page, '#situation-withdrawal').click();
  for (const row of TYPED_DATES) {
    await $(page, '#received').fill('');
    await typeDate(page, '#received', row.typed);
    await $(page, '#next').click();
    const message = await messageBeside(page, 'received');
    assert.match(message, row.message, row.what);
    assert.match(await $(page, '#screen-title').innerText(), /^Qu'avez-vous acheté\s\?$/, `${row.what}: still on the date's screen`);
    const held = await $(page, '#received').evaluate((i) => ({ value: i.value, bad: i.validity.badInput }));
    if (row.bad) assert.equal(held.bad, true, `${row.what}: the partial or impossible date is still in the field`);
    else assert.equal(held.value, row.value, `${row.what}: the field holds what the browser read`);
  }
  await shot(page, 'desktop-fr-hostile-date.png');
  // The same checks on "today", in its folded section of the last screen.
  await $(page, '#received').fill('2026-01-14');
  await $(page, '#next').click();
  await $(page, '#territory').waitFor();
  await $(page, 'details summary').click();
  for (const row of [TYPED_DATES[0], TYPED_DATES[4], TYPED_DATES[7]]) {
    await $(page, '#today').fill('');
    await typeDate(page, '#today', row.typed);
    await $(page, '#next').click();
    const message = await messageBeside(page, 'today');
    assert.match(message, row.what === 'year 0' ? /date du jour.*hors des années acceptées/ : row.message, `today: ${row.what}`);
    assert.equal(await $(page, '#territory').inputValue(), 'metropole', 'the rest of the form is kept');
  }
  // A receipt after "today": named on the receipt, the date the person typed kept.
  await $(page, '#today').fill('2026-01-10');
  await $(page, '#next').click();
  assert.match(await messageBeside(page, 'received'), /après aujourd'hui/);
  assert.equal(await $(page, '#received').inputValue(), '2026-01-14');
  assertClean(log);
  await assertNoInjection(page, log);
  await context.close();
});

// Amounts typed: negative, zero, huge, not numbers. The message, from the core, quotes what was typed
// (as text: no markup is made of it) and says what is expected.
const AMOUNTS = [
  { typed: '-5', message: /^Le prix du produit \(price\) : « -5 » est négatif ; indiquez un nombre positif\.$/ },
  { typed: '0', message: /^Le prix du produit \(price\) doit être d'au moins 0,01\s€\.$/ },
  { typed: '0,00 €', message: /doit être d'au moins 0,01\s€/ },
  { typed: '99999999999', message: /« 99999999999 » dépasse le maximum accepté, 1\s000\s000\s000,00\s€\./ },
  { typed: '1 000 000 000,01', message: /dépasse le maximum accepté/ },
  { typed: 'NaN', message: /« NaN » n'est pas un montant en euros ; écrivez par exemple 249,90 ou 1 249,90 €\./ },
  { typed: 'Infinity', message: /« Infinity » n'est pas un montant en euros/ },
  { typed: '1e309', message: /« 1e309 » n'est pas un montant en euros/ },
  { typed: '-1e309', message: /« -1e309 »/ },
  { typed: 'douze euros', message: /« douze euros » n'est pas un montant en euros/ },
  { typed: '１２', message: /« １２ » n'est pas un montant en euros/ },
  { typed: '12,345,67', message: /price/ },
  { typed: '2,499', message: /plus de deux décimales|décimales|ambigu|milliers/ },
  { typed: PAYLOAD, message: /« <img src=x onerror=alert\(1\)> » n'est pas un montant en euros/ },
  { typed: '', message: /^Indiquez un montant en euros, par exemple 249,90\.$/ },
];

test('refund: negative, zero, huge and non-numeric amounts are named beside their field, and the form keeps them', async () => {
  const { context, page, log } = await openPage(browser, PAGE_URL_FILE, { clock: APR_20 });
  await $(page, '#situation-refund').click();
  await typeDate(page, '#sellerInformed', '02032026');
  await $(page, '#next').click();
  for (const row of AMOUNTS) {
    await $(page, '#price').fill(row.typed);
    await $(page, '#delivery').fill('4,99');
    await $(page, '#next').click();
    const message = await messageBeside(page, 'price');
    assert.match(message, row.message, `price ${JSON.stringify(row.typed)}`);
    assert.equal(await $(page, '#price').inputValue(), row.typed, 'the price is kept as typed');
    assert.equal(await $(page, '#delivery').inputValue(), '4,99', 'the other field is kept');
    assert.equal(await $(page, '#delivery-error').innerText(), '', 'only the field at fault is named');
  }
  await shot(page, 'desktop-fr-hostile-amount.png');
  // The optional delivery cost: the same table (but empty, which means none, and zero, which is allowed).
  for (const row of AMOUNTS.filter((r) => r.typed !== '' && !/^0/.test(r.typed))) {
    await $(page, '#price').fill('249,90');
    await $(page, '#delivery').fill(row.typed);
    await $(page, '#next').click();
    const message = await messageBeside(page, 'delivery');
    assert.match(message, /^Les frais de livraison standard \(delivery\)/, `delivery ${JSON.stringify(row.typed)}`);
    assert.match(message, /négatif|montant en euros|maximum|décimales|ambigu|milliers|groupes/, `delivery ${JSON.stringify(row.typed)}: ${message}`);
    assert.equal(await $(page, '#delivery').inputValue(), row.typed);
    assert.equal(await $(page, '#price-error').innerText(), '');
  }
  assertClean(log);
  await assertNoInjection(page, log);
  await context.close();
});

async function toRefundedScreen(page) {
  await $(page, '#situation-refund').click();
  await typeDate(page, '#sellerInformed', '02032026');
  await $(page, '#next').click();
  await $(page, '#price').fill('249,90');
  await $(page, '#next').click();
  await $(page, '#refunded').waitFor();
}

test('refund: the notice and refund dates, impossible, after today or in the wrong order, are named beside their field', async () => {
  const { context, page, log } = await openPage(browser, PAGE_URL_FILE, { clock: APR_20 });
  await $(page, '#situation-refund').click();
  await typeDate(page, '#sellerInformed', '30022026');
  await $(page, '#next').click();
  assert.match(await messageBeside(page, 'sellerInformed'), /^Date incomplète ou impossible/);
  await $(page, '#sellerInformed').fill('2026-05-02');
  await $(page, '#next').click();
  assert.match(await messageBeside(page, 'sellerInformed'), /après aujourd'hui/);
  assert.equal(await $(page, '#sellerInformed').inputValue(), '2026-05-02');
  await $(page, '#back').click();
  await context.close();
  // The refund date: impossible; before the seller was informed (regression: it was accepted, and
  // the refund computed as on time).
  const second = await openPage(browser, PAGE_URL_FILE, { clock: APR_20 });
  await toRefundedScreen(second.page);
  for (const [typed, message, kept] of [['31042026', /^Date incomplète ou impossible/, null],
    ['01022026', /^La date du remboursement \(refunded\), 2026-02-01, est avant la date où le vendeur a été informé de la rétractation \(sellerInformed\), 2026-03-02\.$/, '2026-02-01']]) {
    await $(second.page, '#refunded').fill('');
    await typeDate(second.page, '#refunded', typed);
    await $(second.page, '#next').click();
    assert.match(await messageBeside(second.page, 'refunded'), message, `refunded ${typed}`);
    if (kept) assert.equal(await $(second.page, '#refunded').inputValue(), kept, 'the date typed is kept');
  }
  assertClean(log);
  assertClean(second.log);
  await second.context.close();
});

// The journey sends "today" with "refunded", so that the core refuses a refund dated in the future.
test('refund: a refund dated after today is named beside its field', async () => {
  const { context, page, log } = await openPage(browser, PAGE_URL_FILE, { clock: APR_20, timeout: 3000 });
  try {
    await toRefundedScreen(page);
    await typeDate(page, '#refunded', '21042026');
    await $(page, '#next').click();
    assert.match(await messageBeside(page, 'refunded'), /après aujourd'hui/);
    assertClean(log);
  } finally {
    await context.close();
  }
});

test('withdrawal letter: markup in every text field stays text, in the fields and in the letter', async () => {
  const { context, page, log } = await openPage(browser, PAGE_URL_FILE, { clock: JAN_20 });
  await $(page, '#situation-withdrawal').click();
  await typeDate(page, '#received', '14012026');
  await $(page, '#next').click();
  await $(page, '#next').click();
  await $(page, '#answer').waitFor();
  await $(page, '#make-letter').click();
  const ids = await $(page, 'section.letters input[type=text], section.letters textarea').evaluateAll((cs) => cs.map((c) => c.id));
  assert.ok(['senderName', 'senderAddress', 'sellerName', 'sellerAddress', 'place', 'orderReference', 'product'].every((id) => ids.includes(id)), ids.join(' '));
  for (const id of ids) await $(page, `#${id}`).fill(/Address$/.test(id) ? `${PAYLOAD}\n69001 ${PAYLOAD}` : `${PAYLOAD} ${id}`);
  await $(page, '#make-letter').click();
  await $(page, '#letter').waitFor();
  const letter = await $(page, '#letter').innerText();
  for (const id of ids) {
    if (/Address$/.test(id)) assert.ok(letter.includes(`${PAYLOAD}\n69001 ${PAYLOAD}`) || letter.includes(`${PAYLOAD}, 69001 ${PAYLOAD}`), `${id} in the letter`);
    else assert.ok(letter.includes(`${PAYLOAD} ${id}`), `${id} in the letter, as typed`);
    assert.equal(await $(page, `#${id}`).inputValue(), /Address$/.test(id) ? `${PAYLOAD}\n69001 ${PAYLOAD}` : `${PAYLOAD} ${id}`, `${id} kept`);
  }
  await shot(page, 'desktop-fr-hostile-letter.png');
  // A field the core refuses (a control character in a one-line name) is named beside it, kept.
  await $(page, '#senderName').fill(`${PAYLOAD}\u0007`);
  await $(page, '#make-letter').click();
  assert.match(await messageBeside(page, 'senderName'), /nom/);
  assert.equal(await $(page, '#senderName').inputValue(), `${PAYLOAD}\u0007`);
  assertClean(log);
  await assertNoInjection(page, log);
  await context.close();
});
