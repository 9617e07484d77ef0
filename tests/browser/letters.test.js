// The withdrawal letter in the real page: typed names stay text, copied, downloaded as .txt, and
// printed to PDF (A4) whose first page is rendered to PNG (pdftoppm) to be looked at.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
const { launch, openPage, $, withdrawal, axe, assertNoInjection, assertNothingStored, shot, PAGE_URL_FILE, PAYLOAD } = require('./browser');

const JAN_20 = new Date('2026-01-20T10:00:00+01:00');
const SHOTS = path.join(__dirname, 'screenshots');
let browser;
test.before(async () => { browser = await launch(); });
test.after(async () => { await browser.close(); });

test('withdrawal letter: hostile names stay text; .txt download; printed to an A4 PDF that shows only the letter', async () => {
  const { context, page, log } = await openPage(browser, PAGE_URL_FILE, { clock: JAN_20 });
  await withdrawal(page, '14012026');
  await $(page, '#make-letter').click();
  await $(page, '#senderName-error').filter({ hasText: /./ }).waitFor();
  assert.match(await $(page, '#senderName-error').innerText(), /nom/i, 'a missing name is named beside its field');
  await $(page, '#senderName').fill(PAYLOAD);
  await $(page, '#senderAddress').fill('12 rue des Lilas\n69001 Lyon');
  await $(page, '#sellerName').fill('Boutique Exemple SAS');
  await $(page, '#sellerAddress').fill('3 avenue du Commerce\n75002 Paris');
  await $(page, '#place').fill('Lyon');
  await $(page, '#orderReference').fill('A-1234');
  await $(page, '#product').fill('Un grille-pain');
  await $(page, '#make-letter').click();
  await $(page, '#letter').waitFor();
  const letter = await $(page, '#letter').innerText();
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
  // Print: the letter alone, A4.
  const pdf = path.join(SHOTS, 'letter-withdrawal.pdf');
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: pdf, format: 'A4', printBackground: true, preferCSSPageSize: true });
  execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', '-singlefile', pdf, path.join(SHOTS, 'letter-withdrawal-page1')]);
  const info = execFileSync('pdfinfo', [pdf]).toString();
  assert.match(info, /Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
  const words = execFileSync('pdftotext', ['-f', '1', '-l', '1', pdf, '-']).toString();
  assert.match(words, /MODÈLE DE FORMULAIRE DE RÉTRACTATION/);
  assert.ok(words.includes(PAYLOAD), 'the hostile name printed as text');
  assert.doesNotMatch(words, /Comment est-ce calculé|Information, pas conseil juridique|Garder ce dossier/, 'only the letter is printed');
  assert.deepEqual(log.requests, [PAGE_URL_FILE]);
  await assertNothingStored(page, context);
  await context.close();
});
