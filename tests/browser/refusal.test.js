// « Le vendeur refuse » in the real page: the seller's stock sentence chosen, only the questions the
// core lists asked (one screen per group), then the verdict large, why with the article, the French
// reply to copy or download, the proof file as ticks kept in the page, the letter and the plan.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
const { launch, openPage, $, typeDate, focusedId, tabTo, axe, announced, assertNothingStored, assertNoInjection, shot,
  PAGE_URL_FILE, PAYLOAD } = require('./browser');

const SHOTS = path.join(__dirname, 'screenshots');
const APR_10 = new Date('2026-04-10T10:00:00+02:00');
const JUN_02 = new Date('2026-06-02T10:00:00+02:00');
const EXCLUSIONS = ['financialMarketPrice', 'personalised', 'perishable', 'hygieneProduct', 'mixedInseparably', 'alcohol',
  'recordingOrSoftware', 'newspaper', 'publicAuction'];
let browser;
test.before(async () => { browser = await launch(); });
test.after(async () => { await browser.close(); });

const title = (page) => $(page, '#screen-title').innerText();

// The journey with the mouse: the reason, the defaults screen, then the core's questions: scope,
// receipt, the L221-28 exclusions (all "no"), the withdrawal information, the sending date.
async function refusal(page, { reason, concluded, received, sent }) {
  await $(page, '#situation-refusal').click();
  assert.equal(await title(page), 'Que vous répond le vendeur\u00a0?');
  await $(page, `input[name=reason][value=${reason}] + label`).click();
  await $(page, '#next').click();
  await $(page, '#territory').waitFor();
  await $(page, '#next').click();
  assert.equal(await title(page), 'Le vendeur est-il un professionnel ou un particulier ?');
  for (const [name, value] of [['seller', 'professional'], ['channel', 'distance'], ['contract', 'goods'], ['sector', 'none']])
    await $(page, `input[name=${name}][value=${value}] + label`).click();
  await typeDate(page, '#concluded', concluded);
  await $(page, '#next').click();
  await $(page, '#received').waitFor();
  await typeDate(page, '#received', received);
  await $(page, '#next').click();
  await $(page, '#financialMarketPrice').waitFor();
  for (const id of EXCLUSIONS) await $(page, `label[for=${id}-1]`).click();
  await $(page, '#next').click();
  await $(page, '#infoGiven').waitFor();
  await $(page, 'label[for=infoGiven]').click();
  await $(page, '#next').click();
  await $(page, '#withdrawalSent').waitFor();
  await typeDate(page, '#withdrawalSent', sent);
  await $(page, '#next').click();
  await $(page, '#answer').waitFor();
}

test('opened packaging, refused within the period: unlawful (L221-23), the reply cites it; copy, .txt, proof ticks kept', async () => {
  const { context, page, log } = await openPage(browser, PAGE_URL_FILE, { clock: APR_10,
    context: { permissions: ['clipboard-read', 'clipboard-write'] } });
  await $(page, '#situation-refusal').waitFor();
  assert.doesNotMatch(await $(page, '#situation-refusal').innerText(), /bientôt/);
  await $(page, '#situation-refusal').click();
  // The reasons come from the core, each with a short hint tied to its button.
  const reasons = await $(page, 'input[name=reason]').evaluateAll((l) => l.map((i) => i.value));
  assert.deepEqual(reasons, ['opened-or-used', 'too-late', 'cannot-be-returned', 'vouchers', 'delivery-not-refunded',
    'return-costs-deducted', 'not-received-back', 'third-party-seller', 'no-answer', 'other']);
  assert.match(await $(page, 'label[for=reason]').innerText(), /^« L'emballage a été ouvert » \/ « le produit a été utilisé »$/);
  assert.equal(await $(page, '#' + (await $(page, '#reason').getAttribute('aria-describedby'))).innerText(),
    'Il refuse parce que vous avez ouvert ou essayé le produit.');
  assert.deepEqual((await axe(page)).violations, [], 'axe: the reasons screen');
  await shot(page, 'desktop-fr-refusal-reasons.png');
  await $(page, '#back').click();
  // Received Sunday 22 March 2026, withdrawal sent Monday 30 March; the period ended Tuesday 7 April.
  await refusal(page, { reason: 'opened-or-used', concluded: '18032026', received: '22032026', sent: '30032026' });
  assert.equal(await title(page), 'Le refus du vendeur');
  assert.equal(await $(page, '#answer').innerText(), 'Ce refus n\'est pas permis');
  assert.match(await $(page, '#said').innerText(), /« L'emballage a été ouvert »/);
  assert.equal(await $(page, '#article').innerText(), 'Article décisif\u00a0: L221-23');
  assert.equal(await $(page, '#article a').getAttribute('href'), 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000032221377');
  assert.equal(await $(page, '#deadline').innerText(), 'Dernier jour pour vous rétracter\u00a0: mardi 7 avril 2026');
  assert.equal(await $(page, '#sent-in-time').innerText(), 'Votre rétractation a été envoyée dans le délai.');
  assert.match(await $(page, '.steps').first().innerText(), /Ouvrir l'emballage et essayer le bien comme en magasin est permis.*L221-23/s);
  assert.match(await announced(page, /pas permis/), /^Ce refus n'est pas permis\. .*L221-23\.$/);
  // The reply, French, citing L221-23 and the case's dates.
  const reply = await $(page, '#reply').innerText();
  assert.equal(await $(page, '#reply').getAttribute('lang'), 'fr');
  assert.match(reply, /^Bonjour,\n/);
  assert.match(reply, /\(article L221-23 du code de la consommation\)/);
  assert.match(reply, /J'ai exercé mon droit de rétractation le lundi 30 mars 2026, dans le délai qui expirait le mardi 7 avril 2026/);
  assert.match(reply, /Cordialement,$/);
  assert.match(await $(page, '#next-stage').innerText(), /Prochaine étape\u00a0: Réclamation écrite au vendeur/);
  // « Copier la réponse »: the clipboard holds the core's reply, line ends and all.
  assert.equal(await $(page, '#reply-copy').innerText(), 'Copier la réponse');
  await $(page, '#reply-copy').click();
  await announced(page, /Réponse copiée/);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(copied.startsWith('Bonjour,\n\nVous refusez ma rétractation au motif que l\'emballage a été ouvert'), copied.slice(0, 80));
  assert.equal(copied.replace(/\n+/g, ' '), reply.replace(/\n+/g, ' '));
  const [replyFile] = await Promise.all([page.waitForEvent('download'), $(page, '#reply-txt').click()]);
  assert.equal(replyFile.suggestedFilename(), 'droitconso-refusal-reply-2026-04-10.txt');
  assert.equal(fs.readFileSync(await replyFile.path(), 'utf8'), copied + '\n');
  // The proof file: eight items for goods, each with why and its article; the reason's key ones marked.
  const items = await $(page, '.proof-item').allInnerTexts();
  assert.equal(items.length, 8);
  assert.match(items[0], /^Confirmation de commande\n.*article liminaire$/s);
  assert.match(await $(page, '#proof-photos-why').innerText(), /Datées, bien complet.*L221-23$/s);
  assert.deepEqual(await $(page, '.proof-item.key input').evaluateAll((l) => l.map((i) => i.id)),
    ['proof-withdrawal-sent', 'proof-photos', 'proof-seller-messages']);
  assert.equal(await $(page, '#proof-count').innerText(), '0 sur 8 rassemblé');
  await $(page, 'label[for=proof-order-confirmation]').click();
  await $(page, 'label[for=proof-photos]').click();
  assert.equal(await $(page, '#proof-count').innerText(), '2 sur 8 rassemblés');
  assert.deepEqual((await axe(page)).violations, [], 'axe: the answer');
  await shot(page, 'desktop-fr-refusal-answer.png');
  // Back and forth: the ticks survive « Modifier mes réponses », Retour, Continuer, and the language.
  await $(page, '#edit').click();
  await $(page, '#back').click();
  await $(page, '#next').click();
  await $(page, '#next').click();
  await $(page, '#answer').waitFor();
  assert.deepEqual(await $(page, '.proof-item input:checked').evaluateAll((l) => l.map((i) => i.id)), ['proof-order-confirmation', 'proof-photos']);
  await $(page, '.lang').click();
  assert.equal(await $(page, '#answer').innerText(), 'This refusal is not lawful');
  assert.match(await $(page, '#reply').innerText(), /^Bonjour,\n[\s\S]*article L221-23 du code de la consommation/, 'the reply stays French');
  assert.equal(await $(page, '#reply-copy').innerText(), 'Copy the reply');
  assert.equal(await $(page, '#proof-count').innerText(), '2 of 8 gathered');
  assert.match(await $(page, '#proof-list').innerText(), /Order confirmation|Confirmation/);
  await shot(page, 'desktop-en-refusal-answer.png');
  await $(page, '.lang').click();
  // The list as .txt: the core's list, ticked lines marked.
  const [proofFile] = await Promise.all([page.waitForEvent('download'), $(page, '#proof-txt').click()]);
  assert.equal(proofFile.suggestedFilename(), 'droitconso-proof-file-2026-04-10.txt');
  const proofTxt = fs.readFileSync(await proofFile.path(), 'utf8');
  assert.match(proofTxt, /^Dossier de preuves/);
  assert.match(proofTxt, /\n☑ Confirmation de commande — /);
  assert.match(proofTxt, /\n☑ Photos du bien avant l'envoi — /);
  assert.match(proofTxt, /\n☐ Relevé bancaire — .*\(L242-4\)/);
  // « Imprimer la liste »: the proof file alone (window.print stubbed; the print media rendered to PDF).
  await page.evaluate(() => { window.print = () => {}; });
  await $(page, '#proof-print').click();
  const pdf = path.join(SHOTS, 'refusal-proof-file.pdf');
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: pdf, format: 'A4', printBackground: true, preferCSSPageSize: true });
  await page.emulateMedia({ media: 'screen' });
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, path.join(SHOTS, 'refusal-proof-file-page1')]);
  const words = execFileSync('pdftotext', [pdf, '-']).toString();
  assert.match(words, /Votre dossier de preuves/);
  assert.match(words, /Relevé bancaire/);
  assert.doesNotMatch(words, /Votre réponse au vendeur|Comment est-ce calculé|Information, pas conseil juridique|Garder ce dossier|Imprimer la liste/, 'only the proof file is printed');
  // Saved case: the ticks go into the file (and only there); re-opened, they are back.
  const [caseFile] = await Promise.all([page.waitForEvent('download'), $(page, '#save').click()]);
  const saved = JSON.parse(fs.readFileSync(await caseFile.path(), 'utf8'));
  assert.equal(saved.situation, 'refusal');
  assert.equal(saved.values.reason, 'opened-or-used');
  assert.equal(saved.values.proof, 'order-confirmation,photos');
  assert.equal(saved.values.withdrawalSent, '2026-03-30');
  const { context: c2, page: p2 } = await openPage(browser, PAGE_URL_FILE, { clock: APR_10 });
  await $(p2, '#case-file').setInputFiles(await caseFile.path());
  await $(p2, '#answer').waitFor();
  assert.equal(await $(p2, '#answer').innerText(), 'Ce refus n\'est pas permis');
  assert.deepEqual(await $(p2, '.proof-item input:checked').evaluateAll((l) => l.map((i) => i.id)), ['proof-order-confirmation', 'proof-photos']);
  await c2.close();
  // Privacy: nothing but the page itself was requested; nothing stored; no dialog.
  assert.deepEqual(log.requests, [PAGE_URL_FILE]);
  assert.deepEqual(log.dialogs, []);
  assert.deepEqual(log.pageErrors, []);
  await assertNothingStored(page, context);
  await context.close();
});

test('"too late" that is not: day 14 a Saturday, then Sunday and Whit Monday; sent Tuesday 26 May 2026 is in time', async () => {
  const { context, page, log } = await openPage(browser, PAGE_URL_FILE, { clock: JUN_02 });
  // Received Saturday 9 May 2026: day 14 is Saturday 23 May, then Sunday 24 and Monday 25 (Lundi de Pentecôte).
  await refusal(page, { reason: 'too-late', concluded: '05052026', received: '09052026', sent: '26052026' });
  assert.equal(await $(page, '#answer').innerText(), 'Ce refus n\'est pas permis');
  assert.equal(await $(page, '#article').innerText(), 'Article décisif\u00a0: L221-19');
  assert.equal(await $(page, '#deadline').innerText(), 'Dernier jour pour vous rétracter\u00a0: mardi 26 mai 2026');
  const why = await $(page, '.steps').first().innerText();
  assert.match(why, /Le 14e jour est le samedi 23 mai 2026/);
  assert.match(why, /Le dimanche 24 mai 2026 est un dimanche : le délai est prorogé au jour suivant\./);
  assert.match(why, /Le lundi 25 mai 2026 est un jour férié \(Lundi de Pentecôte\).*C\. trav\. L3133-1/);
  const reply = await $(page, '#reply').innerText();
  assert.match(reply, /Il expirait donc le mardi 26 mai 2026\. Ma rétractation, envoyée le mardi 26 mai 2026, est dans le délai/);
  assert.match(reply, /\(article L221-19\)/);
  // When the reply fails: the formal notice to refund (hostile names stay text), and the plan.
  await $(page, '#senderName').fill(PAYLOAD);
  await $(page, '#senderAddress').fill('12 rue des Lilas\n69001 Lyon');
  await $(page, '#sellerName').fill(PAYLOAD + ' SAS');
  await $(page, '#sellerAddress').fill('3 avenue du Commerce\n75002 Paris');
  await $(page, '#place').fill('Lyon');
  await $(page, '#product').fill('Une lampe');
  await $(page, '#price').fill('49,90');
  await $(page, '#sellerInformed').fill('2026-05-26');
  await $(page, '#make-letter').click();
  await $(page, '#letter-out').filter({ hasText: /./ }).waitFor();
  assert.match(await $(page, '#letter-out').innerText(), /remboursement|rembourser/);
  await $(page, '#case-name').fill(PAYLOAD);
  await $(page, '.lang').click();
  await $(page, '.lang').click();
  assert.equal(await $(page, '.case-name').innerText(), 'Dossier\u00a0: ' + PAYLOAD);
  await $(page, '#show-plan').click();
  await $(page, '#plan').waitFor();
  assert.match(await $(page, '#stage-complaint').innerText(), /Réclamation écrite au vendeur/);
  await assertNoInjection(page, log);
  assert.deepEqual((await axe(page)).violations, [], 'axe: the answer with letter and plan');
  await shot(page, 'desktop-fr-refusal-too-late.png');
  assert.deepEqual(log.requests, [PAGE_URL_FILE]);
  await assertNothingStored(page, context);
  await context.close();
});

test('no answer, 37 days after the refund was due: the L242-4 increase, the formal notice (hostile names stay text), the plan', async () => {
  // Opened from a share link (the case in the fragment): price and the return dates were own screens.
  const v = { reason: 'no-answer', price: '249,90', proofOfShipmentSent: '2026-04-01', territory: 'metropole', seller: 'professional',
    channel: 'distance', contract: 'goods', sector: 'none', concluded: '2026-03-18', received: '2026-03-22', infoGiven: 'true',
    withdrawalSent: '2026-03-30', sellerInformed: '2026-03-30', sellerCollects: 'false' };
  for (const id of EXCLUSIONS) v[id] = 'false';
  const frag = '#dc=1&s=refusal&l=fr&' + Object.entries(v).map(([k, x]) => 'v.' + k + '=' + encodeURIComponent(x)).join('&');
  const { context, page, log } = await openPage(browser, PAGE_URL_FILE + frag, { clock: new Date('2026-05-20T10:00:00+02:00') });
  await $(page, '#answer').waitFor();
  assert.equal(await $(page, '#answer').innerText(), 'Ce refus n\'est pas permis');
  assert.equal(await $(page, '#article').innerText(), 'Article décisif\u00a0: L242-4');
  assert.equal(await $(page, '#refund-due').innerText(), 'Remboursement dû au plus tard le lundi 13 avril 2026');
  assert.equal(await $(page, '#late-refund').innerText(), '37 jours de retard\u00a0: majoration 49,98\u00a0€, total dû 299,88\u00a0€');
  assert.match(await $(page, '#letter-lead').innerText(), /mise en demeure de rembourser/);
  await $(page, '#senderName').fill(PAYLOAD);
  await $(page, '#senderAddress').fill('12 rue des Lilas\n69001 Lyon');
  await $(page, '#sellerName').fill(PAYLOAD);
  await $(page, '#sellerAddress').fill('3 avenue du Commerce\n75002 Paris');
  await $(page, '#place').fill('Lyon');
  await $(page, '#product').fill('Un grille-pain');
  await $(page, '#make-letter').click();
  await $(page, '#letter').waitFor();
  const letter = await $(page, '#letter').innerText();
  assert.ok(letter.startsWith(PAYLOAD + '\n12 rue des Lilas'), letter.slice(0, 100));
  assert.match(letter, /Objet : Mise en demeure de rembourser après rétractation/);
  assert.match(letter, /299,88/);
  await $(page, '#show-plan').click();
  await $(page, '#plan').waitFor();
  assert.match(await $(page, '#stage-complaint').innerText(), /Réclamation écrite au vendeur/);
  await assertNoInjection(page, log);
  assert.deepEqual((await axe(page)).violations, [], 'axe: the answer with its letter and plan');
  await shot(page, 'desktop-fr-refusal-no-answer.png');
  assert.deepEqual(log.requests, [PAGE_URL_FILE], 'the fragment is never sent');
  await assertNothingStored(page, context);
  await context.close();
});

test('the keyboard alone: the "too late" journey, reason chosen with the arrow keys, answer reached and the reply copied', async () => {
  const { context, page, log } = await openPage(browser, PAGE_URL_FILE, { clock: JUN_02,
    context: { permissions: ['clipboard-read', 'clipboard-write'] } });
  await $(page, '#situation-refusal').waitFor();
  await tabTo(page, 'situation-refusal');
  await page.keyboard.press('Enter');
  await tabTo(page, 'reason');
  await page.keyboard.press('ArrowDown');           // the second reason: « too late »
  assert.equal(await focusedId(page), 'reason-1');
  await page.keyboard.press('Enter');               // Enter in a field: Continue
  await $(page, '#territory').waitFor();
  await tabTo(page, 'next');
  await page.keyboard.press('Enter');
  await $(page, '#seller').waitFor();
  // Each radio group: Tab reaches it, Space picks the first option (professional, distance, goods, none).
  for (const id of ['seller', 'channel', 'contract', 'sector']) { await tabTo(page, id); await page.keyboard.press('Space'); }
  await tabTo(page, 'concluded');
  await page.keyboard.type('05052026');
  await page.keyboard.press('Enter');
  await $(page, '#received').waitFor();
  await tabTo(page, 'received');
  await page.keyboard.type('09052026');
  await page.keyboard.press('Enter');
  await $(page, '#financialMarketPrice').waitFor();
  for (const id of EXCLUSIONS) { await tabTo(page, id); await page.keyboard.press('ArrowDown'); }   // « Non »
  await tabTo(page, 'next');
  await page.keyboard.press('Enter');
  await $(page, '#infoGiven').waitFor();
  await tabTo(page, 'infoGiven');
  await page.keyboard.press('Space');
  await tabTo(page, 'next');
  await page.keyboard.press('Enter');
  await $(page, '#withdrawalSent').waitFor();
  await tabTo(page, 'withdrawalSent');
  await page.keyboard.type('26052026');
  await page.keyboard.press('Enter');
  await $(page, '#answer').waitFor();
  assert.equal(await focusedId(page), 'screen-title', 'the focus moves to the answer\'s heading');
  assert.equal(await $(page, '#deadline').innerText(), 'Dernier jour pour vous rétracter\u00a0: mardi 26 mai 2026');
  await tabTo(page, 'reply-copy');
  await page.keyboard.press('Enter');
  await announced(page, /Réponse copiée/);
  assert.match(await page.evaluate(() => navigator.clipboard.readText()), /Il expirait donc le mardi 26 mai 2026/);
  await tabTo(page, 'proof-receipt-date');
  await page.keyboard.press('Space');
  assert.equal(await $(page, '#proof-count').innerText(), '1 sur 8 rassemblé');
  assert.deepEqual(log.requests, [PAGE_URL_FILE]);
  await context.close();
});

test('on a phone (375 px): the answer fits, screenshot taken', async () => {
  const { context, page } = await openPage(browser, PAGE_URL_FILE, { clock: APR_10,
    context: { viewport: { width: 375, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true } });
  await refusal(page, { reason: 'opened-or-used', concluded: '18032026', received: '22032026', sent: '30032026' });
  const wide = await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
  assert.equal(wide, false, 'no sideways scrolling');
  await shot(page, 'mobile-375-refusal-answer.png');
  await context.close();
});
