// The withdrawal journey for every kind of purchase (L221-18): what was bought comes first, then only
// the date that kind's period starts from, in its own words; the L221-20 extension asked and shown;
// how to withdraw; the return date once the withdrawal was sent. Expected dates were computed with
// scripts/droitconso and checked by hand against rules.md sections 2 to 5 (see each test).
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { launch, openPage, $, typeDate, focusedId, announced, axe, shot, PAGE_URL_FILE } = require('./browser');

const MOBILE = { viewport: { width: 375, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
let browser;
test.before(async () => { browser = await launch(); });
test.after(async () => { await browser.close(); });

const label = (page, id) => $(page, `label[for=${id}]`).innerText();
// The radio button of `contract` whose label is `text`, clicked as a person does.
const choose = (page, text) => $(page, '#contract-field label').filter({ hasText: text }).click();

// Reflow: nothing scrolls sideways (the page, or any element of the journey past the viewport).
async function assertFits(page, screen) {
  const over = await page.evaluate(() => {
    const w = document.documentElement.clientWidth, out = [];
    if (document.documentElement.scrollWidth > w) out.push('page ' + document.documentElement.scrollWidth);
    for (const e of document.querySelector('droit-conso').shadowRoot.querySelectorAll('*')) {
      const r = e.getBoundingClientRect();
      if (r.width && r.right > w + 1 && !e.classList.contains('sr')) out.push((e.id || e.tagName) + ' ' + Math.round(r.right));
    }
    return out;
  });
  assert.deepEqual(over, [], screen);
}

async function noViolation(page, screen) {
  const { violations } = await axe(page);
  assert.deepEqual(violations, [], screen);
}

test('what was bought comes first; each choice asks its own date, at once, the focus kept', async () => {
  const { context, page } = await openPage(browser, PAGE_URL_FILE, { clock: new Date('2026-05-04T10:00:00+02:00') });
  await $(page, '#situation-withdrawal').click();
  assert.equal(await $(page, '#screen-title').innerText(), 'Qu\'avez-vous acheté ?');
  const options = await $(page, '#contract-field .option label').allInnerTexts();
  assert.deepEqual(options, ['Un colis, livré en une fois',
    'Une commande livrée en plusieurs colis, ou un bien livré en plusieurs lots ou pièces',
    'Un abonnement : des produits livrés régulièrement (box, magazine…)',
    'Un service (travaux, cours, réparation, location, prestation…)',
    'De l\'eau, du gaz, de l\'électricité ou du chauffage urbain',
    'Un contenu numérique sans support matériel (téléchargement, jeu, logiciel ou livre en ligne…)']);
  assert.equal(await $(page, '#contract').isChecked(), true, 'one parcel, the commonest, is chosen beforehand');
  assert.equal(await label(page, 'received'), 'Quel jour avez-vous reçu votre colis ?');
  await shot(page, 'desktop-fr-withdrawal-kind.png');
  await noViolation(page, 'kind + parcel date');

  await choose(page, 'Un service');
  await $(page, '#concluded').waitFor();
  assert.equal(await $(page, '#received').count(), 0, 'a service is not received: only its conclusion is asked');
  assert.equal(await label(page, 'concluded'), 'Quel jour avez-vous conclu le contrat ?');
  assert.match(await $(page, '#concluded-hint').innerText(), /pas celui où le service commence \(article L221-18\)/);
  assert.equal(await focusedId(page), 'contract-3', 'the focus stays on the option chosen');
  assert.equal(await announced(page, /conclu/), 'Quel jour avez-vous conclu le contrat ?', 'the new question is announced');
  // With the keyboard: the arrow keys move through the options, and the date's question follows.
  await page.keyboard.press('ArrowUp');
  await $(page, '#received').waitFor();
  assert.equal(await focusedId(page), 'contract-2');
  assert.equal(await label(page, 'received'), 'Quel jour avez-vous reçu la première livraison ?');
  await page.keyboard.press('ArrowUp');
  await $(page, 'label[for=received]').filter({ hasText: 'dernier colis' }).waitFor();
  assert.match(await $(page, '#received-hint').innerText(), /réception du dernier colis, lot ou pièce, pas du premier \(article L221-18\)/);
  await shot(page, 'desktop-fr-withdrawal-several.png');
  await noViolation(page, 'several parcels');
  await context.close();
});

// Several parcels, the last received on Thursday 30 April 2026: day not counted, 14th day Thursday
// 14 May 2026 = Ascension (Easter 5 April + 39), so Friday 15 May (rules.md 2, 3, 4: last receipt).
// Not informed: 15 May 2026 + 12 months = Saturday 15 May 2027, Sunday, then Whit Monday 17 May
// 2027 (Easter 28 March + 50): Tuesday 18 May 2027.
for (const [name, prefix, ctx] of [['desktop', 'desktop-fr', {}], ['375 px', 'mobile-375', MOBILE]]) {
  test(`(${name}) one order in several parcels: 14 days from the last parcel, both dates while the information is unknown`, async () => {
    const { context, page, log } = await openPage(browser, PAGE_URL_FILE, { clock: new Date('2026-05-04T10:00:00+02:00'), context: ctx });
    await $(page, '#situation-withdrawal').click();
    await choose(page, 'plusieurs colis');
    await typeDate(page, '#received', '30042026');
    await shot(page, prefix + '-withdrawal-kind-several.png');
    await assertFits(page, 'kind');
    await $(page, '#next').click();
    await $(page, '#territory').waitFor();
    await assertFits(page, 'context');
    assert.equal(await $(page, '#informed-field legend').innerText(), 'Avant l\'achat, le vendeur vous a-t-il informé de votre droit de rétractation ?');
    assert.deepEqual(await $(page, '#informed-field .option label').allInnerTexts(), ['Oui', 'Non', 'Je ne sais pas']);
    await shot(page, prefix + '-withdrawal-context.png');
    await $(page, '#next').click();  // nothing chosen: "I do not know"
    await $(page, '#answer').waitFor();
    assert.equal(await $(page, '#answer').innerText(), 'vendredi 15 mai 2026');
    assert.equal(await $(page, '#days-left').innerText(), 'Ce jour compris. Il vous reste 11 jours.');
    assert.equal(await $(page, '#start').innerText(), 'Le délai part de la réception du dernier colis, le jeudi 30 avril 2026 (ce jour ne compte pas).');
    assert.equal(await $(page, '#if-not-informed').innerText(),
      'Cette date vaut si le vendeur vous a informé de votre droit de rétractation avant l\'achat.\n\n' +
      'S\'il ne l\'a pas fait, le délai est prolongé de 12 mois : jusqu\'au mardi 18 mai 2027 (article L221-20).');
    const how = await $(page, '.how .steps').innerText();
    assert.match(how, /réception du dernier bien, lot ou pièce.*L221-18/s);
    assert.match(how, /jeudi 14 mai 2026 est un jour férié \(Ascension\).*vendredi 15 mai 2026/s);
    assert.equal(await $(page, '#how-to summary').innerText(),
      'Comment vous rétracter : le formulaire type ou toute déclaration claire, envoyée avant la fin du délai ; gardez-en la preuve');
    await $(page, '#how-to summary').click();
    const howTo = await $(page, '#how-to').innerText();
    for (const re of [/formulaire type de rétractation ou toute déclaration dénuée d'ambiguïté/, /C'est l'envoi avant la fin du délai qui compte/,
      /gardez une trace datée.*L221-22/s, /à partir du 19 juin 2026.*« renoncer au contrat ici »/s]) assert.match(howTo, re);
    assert.match(await announced(page, /15 mai 2026/), /^Vous pouvez vous rétracter jusqu'au vendredi 15 mai 2026\. .*11 jours.*mardi 18 mai 2027/);
    assert.match(await $(page, '#confirm-title').innerText(), /^13 questions restent à vérifier$/);
    await shot(page, prefix + '-withdrawal-several-result.png');
    await assertFits(page, 'result');
    await noViolation(page, 'several parcels: result');
    assert.deepEqual(log.requests, [PAGE_URL_FILE]);
    assert.deepEqual(log.pageErrors, []);
    await context.close();
  });
}

// A service concluded on Saturday 9 May 2026: 14th day Saturday 23 May, then Sunday 24, then Whit
// Monday 25 May 2026 (Easter 5 April + 50): Tuesday 26 May 2026 (rules.md 2, 3, 4: conclusion).
// From Tuesday 12 May: 14 days left. Concluded before 19 June 2026: no « renoncer au contrat ici ».
test('a service: 14 days from the conclusion, what is owed once it began, nothing about receipt', async () => {
  const { context, page } = await openPage(browser, PAGE_URL_FILE, { clock: new Date('2026-05-12T10:00:00+02:00') });
  await $(page, '#situation-withdrawal').click();
  await choose(page, 'Un service');
  await typeDate(page, '#concluded', '09052026');
  await $(page, '#next').click();
  await $(page, '#next').click();
  await $(page, '#answer').waitFor();
  assert.equal(await $(page, '#answer').innerText(), 'mardi 26 mai 2026');
  assert.equal(await $(page, '#days-left').innerText(), 'Ce jour compris. Il vous reste 14 jours.');
  assert.equal(await $(page, '#start').innerText(), 'Le délai part de la conclusion du contrat, le samedi 9 mai 2026 (ce jour ne compte pas).');
  assert.match(await $(page, '#if-not-informed').innerText(), /jusqu'au mercredi 26 mai 2027 \(article L221-20\)/);
  const how = await $(page, '.how .steps').innerText();
  assert.match(how, /Pour un contrat de service, les 14 jours partent de la conclusion du contrat/);
  assert.match(how, /samedi 23 mai 2026.*dimanche 24 mai 2026.*lundi 25 mai 2026 est un jour férié \(Lundi de Pentecôte\)/s);
  assert.equal(await $(page, '#notes summary').innerText(), 'Bon à savoir : ce que vous devez si vous vous rétractez après le début, les clauses du vendeur sans effet');
  await $(page, '#notes summary').click();
  await $(page, '#how-to summary').click();
  assert.match(await $(page, '#notes').innerText(), /montant proportionné à ce qui a été fourni.*L221-25/s);
  assert.match(await $(page, '#how-to').innerText(), /« renoncer au contrat ici » n'est obligatoire que pour les contrats conclus en ligne à partir du 19 juin 2026/,
    'concluded before 19 June 2026: the function is not owed');
  assert.doesNotMatch(await $(page, '#screen').innerText(), /colis|livraison|réception du bien|réception de votre|avez reçu/, 'nothing about a receipt');
  await shot(page, 'desktop-fr-withdrawal-service.png');
  await $(page, '.lang').click();
  assert.match(await $(page, '#answer').innerText(), /^Tuesday,? 26 May 2026$/);
  assert.match(await $(page, '#start').innerText(), /^The period runs from the conclusion of the contract, on Saturday,? 9 May 2026 \(that day is not counted\)\.$/);
  await context.close();
});

// Received Saturday 10 January 2026: 14th day Saturday 24 January, so Monday 26 January 2026. Not
// informed: 26 January 2027 (a Tuesday), from the rolled end (rules.md 4, Reading); from the
// unrolled end, 24 January 2027 is a Sunday: Monday 25 January 2027, the other reading shown.
test('the seller did not inform: the 12-month extension, the other reading shown', async () => {
  const { context, page } = await openPage(browser, PAGE_URL_FILE, { clock: new Date('2026-03-01T10:00:00+01:00') });
  await $(page, '#situation-withdrawal').click();
  await typeDate(page, '#received', '10012026');
  await $(page, '#next').click();
  await $(page, '#informed-field label').filter({ hasText: 'Non' }).click();
  await $(page, '#next').click();
  await $(page, '#answer').waitFor();
  assert.equal(await $(page, '#answer').innerText(), 'mardi 26 janvier 2027');
  assert.equal(await $(page, '#extension').innerText(),
    'Le vendeur ne vous a pas informé de votre droit : le délai de 14 jours, qui finissait le lundi 26 janvier 2026, est prolongé de 12 mois (article L221-20).');
  assert.match(await $(page, '#other-reading').innerText(), /^Autre lecture .*le lundi 25 janvier 2027\./);
  assert.equal(await $(page, '#if-not-informed').count(), 0);
  await shot(page, 'desktop-fr-withdrawal-extended.png');
  // The information came later, on Friday 20 February 2026, during the extension: 14 days from it,
  // Friday 6 March 2026 (rules.md 4); from Sunday 1 March, 5 days left.
  await $(page, '#edit').click();
  assert.match(await label(page, 'informationReceived'), /^Avez-vous reçu cette information plus tard \?/, 'asked once "no" is answered');
  await typeDate(page, '#informationReceived', '20022026');
  await $(page, '#next').click();
  await $(page, '#answer').filter({ hasText: 'vendredi 6 mars 2026' }).waitFor();
  assert.equal(await $(page, '#days-left').innerText(), 'Ce jour compris. Il vous reste 5 jours.');
  assert.equal(await $(page, '#extension').innerText(),
    'Le délai de 14 jours finissait le lundi 26 janvier 2026 ; l\'information reçue pendant la prolongation fait courir 14 jours à partir de sa réception (article L221-20).');
  await shot(page, 'desktop-fr-withdrawal-information-later.png');
  // Informed after all: the 14 days ended on 26 January 2026.
  await $(page, '#edit').click();
  await $(page, '#informed-field label').filter({ hasText: 'Oui' }).click();
  assert.equal(await $(page, '#informationReceived').count(), 0, 'informed before: no later date to ask');
  await $(page, '#next').click();
  await $(page, '#answer').filter({ hasText: 'lundi 26 janvier 2026' }).waitFor();
  assert.match(await $(page, '#screen').innerText(), /Le délai de rétractation a pris fin le\s+lundi 26 janvier 2026/);
  await context.close();
});

// Received Wednesday 14 January 2026, withdrawal sent Tuesday 27 January (in time: the period ends
// Wednesday 28 January); goods to send back within 14 days of sending: Tuesday 10 February 2026.
test('already withdrawn: sent in time, the goods to send back by a date, the refund explained', async () => {
  const { context, page } = await openPage(browser, PAGE_URL_FILE, { clock: new Date('2026-01-30T10:00:00+01:00') });
  await $(page, '#situation-withdrawal').click();
  await typeDate(page, '#received', '14012026');
  await $(page, '#next').click();
  await typeDate(page, '#withdrawalSent', '27012026');
  await $(page, '#next').click();
  await $(page, '#answer').waitFor();
  assert.match(await $(page, '#screen').innerText(), /Rétractation envoyée dans le délai, qui finit le\s+mercredi 28 janvier 2026/);
  assert.equal(await $(page, '#sent-in-time').innerText(), 'Votre rétractation, envoyée le mardi 27 janvier 2026, l\'a été dans le délai.');
  assert.equal(await $(page, '#if-not-informed').count(), 0, 'sent in time: the extension no longer matters');
  assert.equal(await $(page, '#return-by').innerText(), 'À renvoyer au plus tard le mardi 10 février 2026.');
  assert.match(await $(page, '#refund-due').innerText(), /dans les 14 jours qui suivent le jour où il a été informé de votre rétractation \(article L221-24\)/);
  assert.match(await $(page, '#screen').innerText(), /même moyen de paiement|moyen de paiement que vous avez utilisé/);
  assert.equal(await $(page, '#how-to').count(), 0, 'already withdrawn: no "how to"');
  assert.equal(await $(page, '.letters').count(), 0, 'no withdrawal letter to write');
  await shot(page, 'desktop-fr-withdrawal-sent.png');
  await noViolation(page, 'withdrawn: return and refund');
  await context.close();
});

// Received Wednesday 14 January 2026: the 14 days ended Wednesday 28 January 2026. Whether the seller
// informed is not known: 28 January 2026 + 12 months = Thursday 28 January 2027, 333 days after
// Sunday 1 March 2026 (rules.md 2 and 4). Both said; the core's question asked on request.
test('past the 14 days, information unknown: the end, and the later date with what it depends on', async () => {
  const { context, page } = await openPage(browser, PAGE_URL_FILE, { clock: new Date('2026-03-01T10:00:00+01:00') });
  await $(page, '#situation-withdrawal').click();
  await typeDate(page, '#received', '14012026');
  await $(page, '#next').click();
  await $(page, '#informed-field label').filter({ hasText: 'Je ne sais pas' }).click();
  await $(page, '#next').click();
  await $(page, '#answer').waitFor();
  assert.match(await $(page, '#screen').innerText(), /Le délai de rétractation a pris fin le\s+mercredi 28 janvier 2026/);
  assert.equal(await $(page, '#if-not-informed').innerText(),
    'Cette date vaut si le vendeur vous a informé de votre droit de rétractation avant l\'achat.\n\n' +
    'S\'il ne l\'a pas fait, le délai est prolongé de 12 mois : jusqu\'au jeudi 28 janvier 2027 (article L221-20). Dans ce cas, il vous reste 333 jours.');
  await $(page, '#confirm-title').waitFor();
  assert.ok((await $(page, '.open-questions li').allTextContents()).some((q) => /le vendeur vous a-t-il informé de votre droit de rétractation/.test(q)),
    'the core lists the information among the questions to check');
  await shot(page, 'desktop-fr-withdrawal-closed-unknown.png');
  await context.close();
});
