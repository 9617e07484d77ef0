// « J'attends mon remboursement » in the real page: a refund 35 days late, the amounts typed as a
// person types them, the increase shown large and explained, the core's own follow-up questions.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { launch, openPage, $, typeDate, axe, announced, assertNothingStored, shot, PAGE_URL_FILE } = require('./browser');

const APR_20 = new Date('2026-04-20T10:00:00+02:00');
let browser;
test.before(async () => { browser = await launch(); });
test.after(async () => { await browser.close(); });

async function refund(page, { informed = '02032026', price = '249,90', delivery = '4,99' } = {}) {
  await $(page, '#situation-refund').click();
  await typeDate(page, '#sellerInformed', informed);
  await $(page, '#next').click();
  await $(page, '#price').fill(price);
  await $(page, '#delivery').fill(delivery);
  await $(page, '#next').click();
  await $(page, '#refunded').waitFor();
  await $(page, '#next').click();
  await $(page, '#territory').waitFor();
  await $(page, '#next').click();
}

test('a refund 35 days late: the increase in euros, the tier, the next tier, each step with its article', async () => {
  const { context, page, log } = await openPage(browser, PAGE_URL_FILE, { clock: APR_20 });
  await refund(page, { price: '249,90', delivery: '4,99 €' });
  // Goods: the core asks whether the seller offered to collect them, then the return dates.
  assert.equal(await $(page, '#screen-title').innerText(), 'Le vendeur a-t-il proposé de venir récupérer le bien lui-même ?');
  const violations = [(await axe(page)).violations];
  await $(page, 'label[for=sellerCollects-1]').click();
  await $(page, '#next').click();
  await $(page, '#proofOfShipmentSent').fill('2026-03-05');
  violations.push((await axe(page)).violations);
  await $(page, '#next').click();
  await $(page, '#answer').waitFor();
  assert.equal(await $(page, '#answer').innerText(), '50,98\u00a0€');
  assert.match(await $(page, '#days-late').innerText(), /^35 jours de retard : le remboursement était dû le lundi 16 mars 2026\.$/);
  assert.match(await $(page, '#tier').innerText(), /majoration de 20 %/);
  assert.match(await $(page, '#total').innerText(), /254,89\u00a0€.*50,98\u00a0€.*305,87\u00a0€/);
  assert.match(await $(page, '#next-tier').innerText(), /samedi 16 mai 2026.*127,45\u00a0€/);
  assert.match(await $(page, '#readings').innerText(), /Paliers/);
  const steps = await $(page, '.steps li').allInnerTexts();
  assert.ok(steps.some((s) => s.endsWith('L221-24')) && steps.some((s) => /× 20\s%/.test(s) && s.endsWith('L242-4')), steps.join('\n'));
  assert.match(await announced(page, /50,98/), /Le vendeur vous doit en plus 50,98/);
  violations.push((await axe(page)).violations);
  assert.deepEqual(violations, [[], [], []], 'axe-core: 0 violations on the new screens');
  await shot(page, 'desktop-fr-refund.png');
  // Refund refused: the plan, dated from the written complaint, and its deadlines as an .ics file.
  await $(page, '#complaintSent').fill('2026-03-20');
  await $(page, '#show-plan').click();
  await $(page, '#plan').waitFor();
  assert.match(await $(page, '#stage-complaint').innerText(), /Réclamation écrite au vendeur\s+fait/);
  assert.match(await $(page, '#stage-notice').innerText(), /Mise en demeure\s+à faire/);
  assert.match(await $(page, '#stage-mediator').innerText(), /jusqu'au samedi 20 mars 2027.*L612-2/s);
  assert.match(await $(page, '#stage-court').innerText(), /5\s?000/);
  assert.doesNotMatch(await $(page, '#screen').innerText(), /ec\.europa\.eu\/consumers\/odr|plateforme européenne de règlement en ligne/i, 'never the closed ODR platform');
  assert.deepEqual((await axe(page)).violations, [], 'axe-core: 0 violations with the plan');
  await shot(page, 'desktop-fr-refund-plan.png');
  const [download] = await Promise.all([page.waitForEvent('download'), $(page, '#ics').click()]);
  assert.match(download.suggestedFilename(), /^droitconso-.*\.ics$/);
  const ICAL = (await import('ical.js')).default;
  const cal = new ICAL.Component(ICAL.parse(require('fs').readFileSync(await download.path(), 'utf8')));
  const events = cal.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
  assert.deepEqual(events.map((e) => [e.startDate.toString(), e.summary]), [['2027-03-20', 'Dernier jour pour saisir le médiateur de la consommation']]);
  assert.equal(cal.getAllSubcomponents('vevent')[0].getFirstSubcomponent('valarm').getFirstPropertyValue('trigger').toString(), '-P3D');
  await $(page, '.lang').click();
  assert.equal(await $(page, '#answer').innerText(), '€50.98');
  assert.match(await $(page, '#days-late').innerText(), /^35 days late/);
  await shot(page, 'desktop-en-refund.png');
  assert.deepEqual(log.requests, [PAGE_URL_FILE]);
  assert.deepEqual(log.pageErrors, []);
  await assertNothingStored(page, context);
  await context.close();
});

test('amounts: a malformed amount is named beside its field, and the form keeps it', async () => {
  const { context, page } = await openPage(browser, PAGE_URL_FILE, { clock: APR_20 });
  await $(page, '#situation-refund').click();
  await typeDate(page, '#sellerInformed', '02032026');
  await $(page, '#next').click();
  await $(page, '#price').fill('12,345,67');
  await $(page, '#next').click();
  await $(page, '#price-error').filter({ hasText: /./ }).waitFor();
  assert.match(await $(page, '#price-error').innerText(), /prix|price/i);
  assert.equal(await $(page, '#price').inputValue(), '12,345,67');
  assert.equal(await $(page, '#price').getAttribute('inputmode'), 'decimal');
  await context.close();
});

test('on a phone (375 px): the refund answer fits', async () => {
  const { context, page } = await openPage(browser, PAGE_URL_FILE, { clock: APR_20,
    context: { viewport: { width: 375, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true } });
  await refund(page, { price: '1 249,90 €' });
  await $(page, 'label[for=sellerCollects]').click();
  await $(page, '#next').click();
  await $(page, '#answer').waitFor();
  const wide = await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
  assert.equal(wide, false, 'no sideways scrolling');
  await shot(page, 'mobile-375-refund.png');
  await context.close();
});
