// The letters in the real page. Issue 6's journey: a refund refused → the plan shown → the formal
// notice to refund printed to PDF (A4; its first page rendered to PNG with pdftoppm, to be looked
// at; its words read with pdftotext) → the plan's deadlines downloaded as .ics and parsed with
// ical.js. Then the withdrawal declaration, the hidden-defect claim and the referral to the mediator,
// each with `<img src=x onerror=alert(1)>` typed as a name or a summary: it stays text.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
const { launch, openPage, $, withdrawal, axe, assertNoInjection, assertNothingStored, shot, PAGE_URL_FILE, PAYLOAD,
  JAN_20 } = require('./browser');

const APR_20 = new Date('2026-04-20T10:00:00+02:00');
const OCT_1 = new Date('2025-10-01T10:00:00+02:00');
const SHOTS = path.join(__dirname, 'screenshots');
let browser;
test.before(async () => { browser = await launch(); });
test.after(async () => { await browser.close(); });

// Fills a letter's form: { id: value } (ids with the section's prefix).
async function fill(page, fields) {
  for (const [id, value] of Object.entries(fields)) await $(page, '#' + id).fill(value);
}

const PARTIES = { senderName: 'Zoé Œuvray', senderAddress: '12 rue des Lilas\n69001 Lyon', sellerName: 'Boutique Exemple SAS',
  sellerAddress: '3 avenue du Commerce\n75002 Paris', place: 'Lyon' };
// « Préparer la lettre » in the form whose ids carry prefix `p`; the letter's text once shown.
async function makeLetter(page, p = '') {
  await $(page, '#' + p + 'make-letter').click();
  await $(page, '#' + p + 'letter').waitFor();
  return $(page, '#' + p + 'letter').innerText();
}
const prefixed = (p, fields) => Object.fromEntries(Object.entries(fields).map(([k, v]) => [p + k, v]));

// Prints the page as Chromium does (print media, A4) and renders the first page to PNG. Returns the
// PDF's words (every page) and its page size and count.
async function printToPdf(page, name) {
  const pdf = path.join(SHOTS, name + '.pdf');
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: pdf, format: 'A4', printBackground: true, preferCSSPageSize: true });
  await page.emulateMedia({ media: 'screen' });
  execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', '-singlefile', pdf, path.join(SHOTS, name + '-page1')]);
  const info = execFileSync('pdfinfo', [pdf]).toString();
  assert.match(info, /Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/, 'A4');
  return { words: execFileSync('pdftotext', ['-layout', pdf, '-']).toString(), pages: Number(/Pages:\s+(\d+)/.exec(info)[1]) };
}

// Goes through a journey: its situation, then each screen's entries and « Continuer », then waits for
// the answer. An entry [selector, value] fills a field; [selector] clicks a choice's label, or waits
// for a field left as it is.
async function journey(page, situation, screens) {
  await $(page, '#situation-' + situation).click();
  for (const entries of screens) {
    for (const [selector, value] of entries) {
      if (value !== undefined) await $(page, selector).fill(value);
      else if (selector.startsWith('label')) await $(page, selector).click();
      else await $(page, selector).waitFor();
    }
    await $(page, '#next').click();
  }
  await $(page, '#answer').waitFor();
}

// The refund journey of refund.test.js: informed on 2 March 2026, 249,90 € + 4,99 € of delivery,
// the seller offered to collect the goods: due on 16 March, 35 days late on 20 April 2026.
async function lateRefund(page) {
  await journey(page, 'refund', [[['#sellerInformed', '2026-03-02']], [['#price', '249,90'], ['#delivery', '4,99']], [['#refunded']],
    [['#territory']], [['label[for=sellerCollects]']]]);
  assert.equal(await $(page, '#answer').innerText(), '50,98\u00a0€');
}

test('issue 6: refund refused → plan shown → formal notice to refund printed to PDF → .ics parsed, every event checked', async () => {
  const { context, page, log } = await openPage(browser, PAGE_URL_FILE, { clock: APR_20 });
  await lateRefund(page);
  // The seller did not answer the complaint of 20 March: the plan.
  await $(page, '#complaintSent').fill('2026-03-20');
  await $(page, '#show-plan').click();
  await $(page, '#plan').waitFor();
  assert.match(await $(page, '#stage-complaint').innerText(), /Réclamation écrite au vendeur\s+fait/);
  assert.match(await $(page, '#stage-notice').innerText(), /Mise en demeure\s+à faire/);
  assert.match(await $(page, '#stage-mediator').innerText(), /possible.*jusqu'au samedi 20 mars 2027/s);
  // The formal notice to refund, from the refund's own facts.
  assert.equal(await $(page, '#letter-title').innerText(), 'Mettre le vendeur en demeure de vous rembourser');
  await fill(page, { ...PARTIES, orderReference: 'A-1234', product: 'Un grille-pain', withdrawalSent: '2026-03-01' });
  const letter = await makeLetter(page);
  assert.match(letter, /Objet : Mise en demeure de rembourser après rétractation/);
  assert.match(letter, /Lyon, le 20 avril 2026/);
  assert.match(letter, /Le 1er mars 2026, je vous ai notifié ma rétractation du contrat portant sur : Un grille-pain \(commande n° A-1234\)\./);
  assert.match(letter, /article L221-24 .*soit 254,89\u00a0€, au plus tard le 16 mars 2026/s);
  assert.match(letter, /article L242-4 .*le retard est de 35 jours : la majoration est d'au moins 50,98\u00a0€, ce qui porte la somme due à 305,87\u00a0€/s);
  assert.match(letter, /lecture la plus prudente du texte : 20 % des sommes dues \(jours 31 à 60 de retard\)/);
  assert.match(letter, /305,87\u00a0€ dans un délai de 8 jours, soit au plus tard le 28 avril 2026/);
  assert.deepEqual((await axe(page)).violations, [], 'axe-core: 0 violations with the plan and the letter');
  await shot(page, 'desktop-fr-refund-notice.png');
  // Printed: the notice alone, on A4.
  const { words, pages } = await printToPdf(page, 'letter-refund-notice');
  const flat = words.replace(/\s+/g, ' ');
  for (const expected of ['Objet : Mise en demeure de rembourser après rétractation', 'L221-24', 'L242-4', '50,98 €', '305,87 €', '254,89 €',
    'Lyon, le 20 avril 2026', 'au plus tard le 16 mars 2026', 'Au 20 avril 2026', 'au plus tard le 28 avril 2026',
    'Lettre recommandée avec demande d\'avis de réception', 'Boutique Exemple SAS', '75002 Paris'])
    assert.ok(flat.includes(expected), `the PDF holds « ${expected} »:\n${words}`);
  assert.doesNotMatch(flat, /Et si le vendeur|Comment est-ce calculé|Saisir le médiateur|Préparer la lettre|Information, pas conseil/, 'only the letter is printed');
  assert.ok(pages <= 2, `${pages} pages`);
  // The letter is sent today: the plan's deadlines, with the notice's, as an .ics file.
  await $(page, '#noticeSent').fill('2026-04-20');
  await $(page, '#show-plan').click();
  await $(page, '#stage-notice').filter({ hasText: /en attente/ }).waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), $(page, '#ics').click()]);
  assert.match(download.suggestedFilename(), /^droitconso-.*\.ics$/);
  const ics = fs.readFileSync(await download.path(), 'utf8');
  fs.writeFileSync(path.join(SHOTS, 'refund-plan.ics'), ics);
  const ICAL = (await import('ical.js')).default;
  const cal = new ICAL.Component(ICAL.parse(ics));
  assert.equal(cal.getFirstPropertyValue('version'), '2.0');
  assert.ok(cal.getFirstPropertyValue('prodid'));
  const vevents = cal.getAllSubcomponents('vevent');
  assert.deepEqual(vevents.map((v) => { const e = new ICAL.Event(v); return [e.startDate.toString(), e.summary]; }), [
    ['2026-04-28', 'Fin du délai laissé au vendeur par la mise en demeure'],
    ['2027-03-20', 'Dernier jour pour saisir le médiateur de la consommation']]);
  const uids = new Set();
  for (const v of vevents) {
    const e = new ICAL.Event(v);
    assert.equal(e.startDate.isDate, true, `${e.summary}: an all-day event`);
    assert.ok(e.uid && !uids.has(e.uid), `${e.summary}: its own UID`);
    uids.add(e.uid);
    assert.ok(v.getFirstPropertyValue('dtstamp'), `${e.summary}: DTSTAMP`);
    assert.ok(e.endDate.compare(e.startDate) > 0 || v.getFirstPropertyValue('dtend') === null, `${e.summary}: ends after it starts`);
    assert.match(e.description || '', /L\d{3}-\d|C\. civ\./, `${e.summary}: its article in the description`);
    const alarm = v.getFirstSubcomponent('valarm');
    assert.ok(alarm, `${e.summary}: a reminder`);
    assert.equal(alarm.getFirstPropertyValue('action'), 'DISPLAY');
    assert.match(alarm.getFirstPropertyValue('trigger').toString(), /^-P\d+D$/, `${e.summary}: a reminder some days before`);
  }
  // In English: the forms' words switch, the letter stays French (made again on request).
  await $(page, '.lang').click();
  assert.equal(await $(page, '#letter-title').innerText(), 'Give the seller formal notice to refund you');
  assert.equal(await $(page, 'label[for=withdrawalSent]').innerText(), 'On what day did you send your withdrawal? (optional)');
  assert.match(await makeLetter(page), /Objet : Mise en demeure de rembourser après rétractation/);
  assert.deepEqual((await axe(page)).violations, [], 'axe-core: 0 violations in English');
  await assertNoInjection(page, log);
  assert.deepEqual(log.requests, [PAGE_URL_FILE], 'nothing asked of the network');
  await assertNothingStored(page, context);
  await context.close();
});

test('withdrawal letter: hostile names stay text; .txt download; printed to an A4 PDF that shows only the letter', async () => {
  const { context, page, log } = await openPage(browser, PAGE_URL_FILE, { clock: JAN_20 });
  await withdrawal(page, '14012026');
  await $(page, '#make-letter').click();
  await $(page, '#senderName-error').filter({ hasText: /./ }).waitFor();
  assert.match(await $(page, '#senderName-error').innerText(), /nom/i, 'a missing name is named beside its field');
  await fill(page, { ...PARTIES, senderName: PAYLOAD, orderReference: 'A-1234', product: 'Un grille-pain' });
  const letter = await makeLetter(page);
  assert.ok(letter.startsWith(PAYLOAD + '\n12 rue des Lilas\n69001 Lyon'), letter.slice(0, 200));
  assert.match(letter, /Lyon, le 20 janvier 2026/);
  assert.match(letter, /Objet : Rétractation — commande n° A-1234/);
  assert.match(letter, /expire le 28 janvier 2026 à minuit/);
  await assertNoInjection(page, log);
  assert.deepEqual((await axe(page)).violations, [], 'axe-core: 0 violations with the letter');
  await shot(page, 'desktop-fr-letter.png');
  const [download] = await Promise.all([page.waitForEvent('download'), $(page, '#letter-txt').click()]);
  assert.equal(download.suggestedFilename(), 'droitconso-withdrawal-2026-01-20.txt');
  const txt = fs.readFileSync(await download.path(), 'utf8');
  assert.ok(txt.startsWith(PAYLOAD + '\n'), 'the .txt holds the name as typed');
  const { words } = await printToPdf(page, 'letter-withdrawal');
  assert.match(words, /MODÈLE DE FORMULAIRE DE RÉTRACTATION/);
  assert.ok(words.includes(PAYLOAD), 'the hostile name printed as text');
  assert.doesNotMatch(words, /Comment est-ce calculé|Information, pas conseil juridique|Garder ce dossier/, 'only the letter is printed');
  assert.deepEqual(log.requests, [PAGE_URL_FILE]);
  await assertNothingStored(page, context);
  await context.close();
});

test('hidden-defect claim: the 2 years of 1648, 1644 and 1645; a hostile name and defect stay text', async () => {
  const { context, page, log } = await openPage(browser, PAGE_URL_FILE, { clock: OCT_1 });
  // A sale of 31 May 2025, the defect discovered on 10 September, the seller knew of it.
  await journey(page, 'defect', [[['label[for=guarantee-1]']], [['#sale', '2025-05-31'], ['#discovered', '2025-09-10']], [['label[for=sellerKnew]']], [['#territory']]]);
  assert.equal(await $(page, '#answer').innerText(), 'vendredi 10 septembre 2027');
  await fill(page, { ...PARTIES, senderName: PAYLOAD, product: 'Une armoire ancienne', defect: 'Vermoulue à l\'intérieur.\n' + PAYLOAD });
  await $(page, '#make-letter').click();
  await $(page, '#remedy-error').filter({ hasText: /./ }).waitFor();
  await $(page, 'label[for=remedy]').click();
  const letter = await makeLetter(page);
  assert.ok(letter.startsWith(PAYLOAD + '\n'), letter.slice(0, 100));
  assert.match(letter, /Objet : Garantie des vices cachés/);
  assert.match(letter, /Le 31 mai 2025, je vous ai acheté le bien suivant : Une armoire ancienne/);
  assert.ok(letter.includes('Vermoulue à l\'intérieur.\n' + PAYLOAD), 'the defect as typed, its line kept');
  assert.match(letter, /article 1644 du code civil, je vous demande de me restituer le prix, contre la restitution du bien\./);
  assert.match(letter, /article 1645 du code civil/);
  assert.match(letter, /article 1648 du code civil\), qui expire le 10 septembre 2027/);
  assert.match(letter, /dans un délai de 8 jours, soit au plus tard le 9 octobre 2025/);
  await assertNoInjection(page, log);
  assert.deepEqual((await axe(page)).violations, [], 'axe-core: 0 violations with the letter');
  await shot(page, 'desktop-fr-hidden-defect-letter.png');
  const { words } = await printToPdf(page, 'letter-hidden-defect');
  assert.ok(words.includes(PAYLOAD), 'the hostile text printed as text');
  assert.doesNotMatch(words, /Comment est-ce calculé|Votre action pour vice caché/, 'only the letter is printed');
  assert.deepEqual(log.requests, [PAGE_URL_FILE]);
  await context.close();
});

test('referral to the mediator, offered from the plan: steps taken, the year of L612-2; hostile name and summary stay text; printed alone', async () => {
  const { context, page, log } = await openPage(browser, PAGE_URL_FILE, { clock: APR_20 });
  await lateRefund(page);
  assert.equal(await $(page, '#m-make-letter').count(), 0, 'no mediator letter before the plan');
  await $(page, '#show-plan').click();
  await $(page, '#plan').waitFor();
  assert.equal(await $(page, '#m-make-letter').count(), 0, 'no mediator letter before the written complaint');
  await $(page, '#complaintSent').fill('2026-03-20');
  await $(page, '#noticeSent').fill('2026-04-01');
  await $(page, '#show-plan').click();
  await $(page, '#m-letter-title').waitFor();
  assert.equal(await $(page, '#m-letter-title').innerText(), 'Saisir le médiateur de la consommation');
  // Both letters on the page: the notice's form, then the mediator's; ids apart.
  await fill(page, { ...PARTIES, product: 'Un grille-pain' });
  await makeLetter(page);
  await fill(page, prefixed('m-', { ...PARTIES, senderName: PAYLOAD, mediatorName: PAYLOAD, mediatorAddress: '60 rue La Boétie\n75008 Paris',
    product: 'Un grille-pain', dispute: 'Rétractation notifiée le 1er mars 2026, aucun remboursement.\n' + PAYLOAD, claim: 'Le remboursement de 305,87 €.' }));
  const letter = await makeLetter(page, 'm-');
  assert.ok(letter.startsWith(PAYLOAD + '\n12 rue des Lilas'), letter.slice(0, 100));
  assert.ok(letter.includes(PAYLOAD + '\n60 rue La Boétie\n75008 Paris'), 'the mediator is the recipient, its name as typed');
  assert.match(letter, /Objet : Demande de médiation — litige avec Boutique Exemple SAS/);
  assert.ok(letter.includes('aucun remboursement.\n' + PAYLOAD), 'the summary as typed, its line kept');
  assert.match(letter, /– le 20 mars 2026 : réclamation écrite adressée au professionnel/);
  assert.match(letter, /– le 1er avril 2026 : mise en demeure .* soit jusqu'au 9 avril 2026/);
  assert.match(letter, /qui expire le 20 mars 2027 \(article L612-2/);
  assert.match(letter, /Le remboursement de 305,87 €\./);
  await assertNoInjection(page, log);
  assert.deepEqual((await axe(page)).violations, [], 'axe-core: 0 violations with both letters');
  await shot(page, 'desktop-fr-mediator-letter.png');
  await $(page, '.next-steps .letters').screenshot({ path: path.join(SHOTS, 'desktop-fr-mediator-form.png') });
  const { words } = await printToPdf(page, 'letter-mediator');
  const flat = words.replace(/\s+/g, ' ');
  assert.ok(flat.includes('Demande de médiation'), words);
  assert.ok(words.includes(PAYLOAD), 'the hostile text printed as text');
  assert.ok(!flat.includes('Mise en demeure de rembourser'), 'the mediator letter alone, not the notice made before it');
  assert.deepEqual(log.requests, [PAGE_URL_FILE]);
  await assertNothingStored(page, context);
  await context.close();
});

test('on a phone (375 px): the notice, the plan and the mediator form fit, no sideways scrolling', async () => {
  const { context, page } = await openPage(browser, PAGE_URL_FILE, { clock: APR_20,
    context: { viewport: { width: 375, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true } });
  await lateRefund(page);
  await $(page, '#complaintSent').fill('2026-03-20');
  await $(page, '#show-plan').click();
  await $(page, '#m-letter-title').waitFor();
  await fill(page, { ...PARTIES, product: 'Un grille-pain' });
  await makeLetter(page);
  const wide = await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
  assert.equal(wide, false, 'no sideways scrolling');
  await $(page, '#letter').screenshot({ path: path.join(SHOTS, 'mobile-375-refund-notice.png') });
  await context.close();
});
