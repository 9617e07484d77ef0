// « Mon produit est défectueux » in the real page: the legal guarantee of conformity, and the
// guarantee against hidden defects, each date shown large with its steps and articles.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { launch, openPage, $, axe, shot, PAGE_URL_FILE } = require('./browser');

const OCT_1 = new Date('2025-10-01T10:00:00+02:00');
let browser;
test.before(async () => { browser = await launch(); });
test.after(async () => { await browser.close(); });

test('conformity: until when the seller answers, the presumption, the remedies, the seller\'s 30 days', async () => {
  const { context, page, log } = await openPage(browser, PAGE_URL_FILE, { clock: OCT_1 });
  await $(page, '#situation-defect').click();
  await $(page, 'label[for=guarantee]').click();
  const violations = [(await axe(page)).violations];
  await $(page, '#next').click();
  await $(page, '#contract').fill('2025-01-10');
  await $(page, '#delivered').fill('2025-01-15');
  await $(page, '#next').click();
  await $(page, 'label[for=condition]').click();
  await $(page, '#next').click();
  await $(page, '#defectAppeared').fill('2025-02-20');
  await $(page, '#requested').fill('2025-02-21');
  violations.push((await axe(page)).violations);
  await $(page, '#next').click();
  await $(page, '#next').click();
  await $(page, '#answer').waitFor();
  assert.equal(await $(page, '#answer').innerText(), 'vendredi 15 janvier 2027');
  assert.match(await $(page, '#days-left').innerText(), /Il vous reste 471 jours/);
  assert.match(await $(page, '#presumption').innerText(), /au vendeur de prouver/);
  assert.deepEqual(await $(page, '#remedies li').allInnerTexts(), ['la réparation', 'le remplacement', 'une réduction du prix', 'l\'annulation de la vente (remboursement)']);
  assert.match(await $(page, '#seller-deadline').innerText(), /dimanche 23 mars 2025/);
  assert.match(await $(page, '.steps').first().innerText(), /L217-3/);
  violations.push((await axe(page)).violations);
  assert.deepEqual(violations, [[], [], []]);
  await shot(page, 'desktop-fr-conformity.png');
  // The formal notice under the guarantee: the remedy chosen, the 30 days.
  for (const [id, value] of [['senderName', 'Zoé Œuvray'], ['senderAddress', '12 rue des Lilas\n69001 Lyon'], ['sellerName', 'Boutique Exemple SAS'],
    ['sellerAddress', '3 avenue du Commerce\n75002 Paris'], ['place', 'Lyon'], ['product', 'Un grille-pain'], ['defect', 'Il ne chauffe plus.']])
    await $(page, '#' + id).fill(value);
  await $(page, '#make-letter').click();
  await $(page, '#remedy-error').filter({ hasText: /./ }).waitFor();
  await $(page, 'label[for=remedy]').click();
  await $(page, '#make-letter').click();
  await $(page, '#letter').waitFor();
  const letter = await $(page, '#letter').innerText();
  assert.match(letter, /Il ne chauffe plus\./);
  assert.match(letter, /L217-10/);
  assert.match(letter, /31 octobre 2025/, 'letter date + 30 days');
  assert.deepEqual((await axe(page)).violations, []);
  await shot(page, 'desktop-fr-conformity-letter.png');
  assert.deepEqual(log.requests, [PAGE_URL_FILE]);
  await context.close();
});

test('hidden defect: 2 years from the discovery, the two actions, damages when the seller knew (English)', async () => {
  const { context, page } = await openPage(browser, PAGE_URL_FILE, { clock: OCT_1 });
  await $(page, '.lang').click();
  await $(page, '#situation-defect').click();
  await $(page, 'label[for=guarantee-1]').click();
  await $(page, '#next').click();
  await $(page, '#sale').fill('2025-05-31');
  await $(page, '#discovered').fill('2025-09-10');
  await $(page, '#next').click();
  await $(page, 'label[for=sellerKnew]').click();
  await $(page, '#next').click();
  await $(page, '#next').click();
  await $(page, '#answer').waitFor();
  assert.match(await $(page, '#answer').innerText(), /^Friday,? 10 September 2027$/);
  assert.match(await $(page, '#screen').innerText(), /damages/);
  assert.match(await $(page, '#screen').innerText(), /C\. civ\. 1648/);
  assert.deepEqual((await axe(page)).violations, []);
  await shot(page, 'desktop-en-hidden-defect.png');
  await context.close();
});
