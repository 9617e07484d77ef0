// A person finds their withdrawal deadline in the real page (headless Chromium): from their
// situation, one screen at a time, with the keyboard alone or the mouse, served over http under a
// strict CSP header and opened straight from disk. The page asks for nothing and stores nothing.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const { servedUnderCsp, JAN_20, openPage, $, typeDate, focusedId, tabTo, withdrawal, announced, axe,
  assertNothingStored, shot, PAGE_FILE, PAGE_URL_FILE, CSP } = require('./browser');

const env = servedUnderCsp(test);

async function assertAnswer(page, log, pageUrl) {
  assert.match(await $(page, '#answer').innerText(), /^mercredi 28 janvier 2026$/);
  assert.match(await $(page, '#days-left').innerText(), /Il vous reste 8 jours/);
  const steps = await $(page, '.how .steps li').allInnerTexts();
  assert.ok(steps.some((s) => s.endsWith('L221-18')) && steps.some((s) => s.endsWith('L221-19')), steps.join('\n'));
  const links = await $(page, '.how .steps a').evaluateAll((as) => as.map((a) => a.href));
  assert.ok(links.length >= 4 && links.every((h) => h.startsWith('https://www.legifrance.gouv.fr/')), links.join(' '));
  assert.match(await $(page, '#checked').innerText(), /^Droit à jour au \S+ \d+ \S+ 20\d\d$/);
  assert.deepEqual(log.requests, [pageUrl], 'the page asked for nothing but itself');
  assert.deepEqual(log.consoleErrors, [], 'no console error (a CSP violation would show here)');
  assert.deepEqual(log.pageErrors, []);
}

test('over http under its CSP header: the whole journey with the keyboard alone, the answer announced', async () => {
  const { context, page, log } = await openPage(env.browser, env.served.url, { clock: JAN_20 });
  await $(page, '#situation-withdrawal').waitFor();
  await shot(page, 'desktop-fr-start.png');
  await tabTo(page, 'situation-withdrawal');
  await page.keyboard.press('Enter');
  assert.equal(await focusedId(page), 'screen-title', 'the new screen\'s question has the focus');
  assert.equal(await $(page, '#screen-title').innerText(), 'Qu\'avez-vous acheté ?', 'what was bought, first');
  assert.equal(await $(page, '#contract').isChecked(), true, 'one parcel, chosen beforehand');
  assert.equal(await $(page, 'label[for=received]').innerText(), 'Quel jour avez-vous reçu votre colis ?');
  await tabTo(page, 'received');
  await page.keyboard.type('14012026');
  await shot(page, 'desktop-fr-received.png');
  await page.keyboard.press('Enter');  // in the field, Enter continues
  await $(page, '#territory').waitFor();
  assert.equal(await $(page, '#territory').inputValue(), 'metropole', 'metropolitan France by default');
  assert.equal(await $(page, '#today').inputValue(), '2026-01-20', 'today in the person\'s local date by default');
  await shot(page, 'desktop-fr-territory.png');
  await tabTo(page, 'next');
  await page.keyboard.press('Enter');
  await $(page, '#answer').waitFor();
  assert.match(await announced(page, /28 janvier/), /Vous pouvez vous rétracter jusqu'au mercredi 28 janvier 2026\. .*8 jours/);
  await shot(page, 'desktop-fr-result.png');
  await tabTo(page, 'share');
  await page.keyboard.press('Enter');
  assert.equal(await focusedId(page), 'share-link', 'the share link, ready to copy');
  await assertAnswer(page, log, env.served.url);
  await assertNothingStored(page, context);
  await context.close();
});

test('opened from disk (file://): the same answer, no request, nothing stored', async () => {
  const { context, page, log } = await openPage(env.browser, PAGE_URL_FILE, { clock: JAN_20 });
  await withdrawal(page, '14012026');
  await assertAnswer(page, log, PAGE_URL_FILE);
  await assertNothingStored(page, context);
  await context.close();
});

test('the CSP allows no eval and no inline code but its own hashed scripts', async () => {
  const html = fs.readFileSync(PAGE_FILE, 'utf8');
  assert.ok(!CSP.includes("'unsafe-eval'") && !CSP.includes("'unsafe-inline'"), CSP);
  assert.match(CSP, /script-src 'sha256-[^']+' 'sha256-[^']+' 'wasm-unsafe-eval';/);
  assert.match(CSP, /default-src 'none'/);
  assert.ok(html.includes(`content="${CSP}"`), 'the page carries its CSP in a meta element too');
  assert.ok(!/<script[^>]+src=/i.test(html) && !/<link[^>]+stylesheet/i.test(html), 'one self-contained file');
  assert.ok(!/\son[a-z]+=/i.test(html.replace(/<script>[\s\S]*?<\/script>/g, '')), 'no inline event handler');
});

test('the way back is always open and keeps every answer', async () => {
  const { context, page } = await openPage(env.browser, PAGE_URL_FILE, { clock: JAN_20 });
  await withdrawal(page, '14012026', 'guyane');
  await $(page, '#edit').click();
  assert.equal(await $(page, '#territory').inputValue(), 'guyane');
  await $(page, '#back').click();
  assert.equal(await $(page, '#received').inputValue(), '2026-01-14');
  await $(page, '#back').click();
  await $(page, '#situation-withdrawal').click();
  assert.equal(await $(page, '#received').inputValue(), '2026-01-14', 'answers survive a return to the start');
  await $(page, '#next').click();
  assert.equal(await $(page, '#territory').inputValue(), 'guyane');
  await context.close();
});

test('Alsace-Moselle around Good Friday: the safe date first, the later one said', async () => {
  const { context, page } = await openPage(env.browser, PAGE_URL_FILE, { clock: new Date('2026-03-25T10:00:00+01:00') });
  await withdrawal(page, '20032026', 'alsace-moselle');
  assert.equal(await $(page, '#answer').innerText(), 'vendredi 3 avril 2026');
  assert.match(await $(page, '#latest').innerText(), /Date sûre\. .*jusqu'au mardi 7 avril 2026/);
  assert.match(await $(page, '.how .steps').innerText(), /Vendredi saint.*C\. trav\. L3134-13/s);
  await shot(page, 'desktop-fr-safe-date.png');
  await context.close();
});

test('after the safe date but before the later one; and a closed period', async () => {
  const { context, page } = await openPage(env.browser, PAGE_URL_FILE, { clock: new Date('2026-04-05T10:00:00+02:00') });
  await withdrawal(page, '20032026', 'alsace-moselle');
  assert.match(await $(page, '#screen').innerText(), /La date sûre est passée.*vendredi 3 avril 2026.*jusqu'au mardi 7 avril 2026/s);
  await $(page, '#edit').click();
  await $(page, '#back').click();
  await typeDate(page, '#received', '01012026');
  await $(page, '#next').click();
  await $(page, '#next').click();
  await $(page, '#answer').waitFor();
  assert.match(await $(page, '#screen').innerText(), /Le délai de rétractation a pris fin le\s+jeudi 15 janvier 2026/);
  await context.close();
});

test('bad input: a message beside its field, announced, and the form keeps what was typed', async () => {
  const { context, page } = await openPage(env.browser, PAGE_URL_FILE, { clock: JAN_20 });
  await $(page, '#situation-withdrawal').click();
  await $(page, '#next').click();
  assert.match(await $(page, '#received-error').innerText(), /Indiquez une date/);
  await typeDate(page, '#received', '3102');  // day and month only
  await $(page, '#next').click();
  assert.match(await $(page, '#received-error').innerText(), /Date incomplète ou impossible/);
  assert.equal(await $(page, '#received').getAttribute('aria-invalid'), 'true');
  assert.match(await $(page, '#received').getAttribute('aria-describedby'), /received-error/);
  assert.equal(await focusedId(page), 'received', 'the focus is on the field to correct');
  assert.ok(await $(page, '#received').evaluate((i) => i.validity.badInput), 'the partial date is still in the field');
  assert.match(await announced(page, /incomplète/), /^Corrigez le champ signalé/);
  await $(page, '#received').fill('2026-02-14');  // after today: the core says so
  await $(page, '#next').click();
  await $(page, '#received-error').filter({ hasText: 'après aujourd\'hui' }).waitFor();
  assert.equal(await $(page, '#received').inputValue(), '2026-02-14');
  await shot(page, 'desktop-fr-errors.png');
  // "today" in its folded section: emptied, it is named, and the section opens to show it.
  await $(page, '#received').fill('2026-01-14');
  await $(page, '#next').click();
  await $(page, 'details summary').click();
  await $(page, '#today').fill('');
  await $(page, '#next').click();
  assert.match(await $(page, '#today-error').innerText(), /Indiquez une date/);
  assert.equal(await $(page, '#territory').inputValue(), 'metropole');
  await context.close();
});

test('English: every label, message and explanation switch, and the answers stay', async () => {
  const { context, page } = await openPage(env.browser, PAGE_URL_FILE, { clock: JAN_20 });
  await $(page, '.lang').click();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  assert.match(await $(page, '#situation-withdrawal').innerText(), /I want to send a purchase back/);
  assert.match(await $(page, '#checked').innerText(), /^Law up to date as of \w+,? \d+ \w+ 20\d\d$/);
  await shot(page, 'desktop-en-start.png');
  await $(page, '#situation-withdrawal').click();
  await typeDate(page, '#received', '3102');
  await $(page, '#next').click();
  assert.match(await $(page, '#received-error').innerText(), /^Incomplete or impossible date/);
  await shot(page, 'desktop-en-errors.png');
  await $(page, '#received').fill('2026-01-14');
  await $(page, '#next').click();
  assert.equal(await $(page, 'label[for=territory]').innerText(), 'Where do you live?');
  await $(page, '#next').click();
  assert.match(await $(page, '#answer').innerText(), /^Wednesday,? 28 January 2026$/);
  assert.match(await $(page, '#days-left').innerText(), /8 days left/);
  assert.match(await $(page, '.how .steps').innerText(), /is not counted/);
  await shot(page, 'desktop-en-result.png');
  await $(page, '.lang').click();
  assert.match(await $(page, '#answer').innerText(), /^mercredi 28 janvier 2026$/, 'the answer is recomputed in French');
  assert.match(await $(page, '.how .steps').innerText(), /ne compte pas/);
  await context.close();
});

test('situations whose engine is not there yet say so, with the free help options', async () => {
  const { context, page } = await openPage(env.browser, PAGE_URL_FILE, { clock: JAN_20 });
  await $(page, '#situation-refusal').waitFor();
  for (const id of ['withdrawal', 'refund', 'defect', 'refusal'])
    assert.match(await $(page, '#situation-' + id).innerText(), /^(?![\s\S]*bientôt)/, `the ${id} journey is there`);
  // Every journey has landed: a core that does not list `refusal` stands for an engine still to come.
  await page.evaluate(() => {
    const host = document.querySelector('droit-conso');
    host.about = Object.assign({}, host.about, { questions: host.about.questions.filter((q) => q !== 'refusal') });
    host.render();
  });
  for (const [id, label] of [['refusal', 'Le vendeur refuse']]) {
    const button = $(page, '#situation-' + id);
    assert.match(await button.innerText(), new RegExp(label + '[\\s\\S]*bientôt disponible'));
    await button.click();
    assert.equal(await $(page, '#screen-title').innerText(), label);
    assert.match(await $(page, '#screen').innerText(), /bientôt/);
    if (id === 'refusal') await shot(page, 'desktop-fr-soon.png');
    await $(page, '#home').click();
  }
  for (const id of ['withdrawal', 'refund', 'defect'])
    assert.match(await $(page, '#situation-' + id).innerText(), /^(?![\s\S]*bientôt)/, `the ${id} journey is there`);
  const help = await $(page, 'footer').innerText();
  for (const re of [/pas un conseil/, /association de consommateurs/, /conciliateur de justice/, /médiateur de la consommation/, /L612-1/])
    assert.match(help, re);
  await context.close();
});

test('the core\'s `missing` list becomes the next screens (the plug-in point for newer engines)', async () => {
  const { context, page } = await openPage(env.browser, PAGE_URL_FILE, { clock: JAN_20 });
  await $(page, '#situation-withdrawal').waitFor();
  // A core that needs one more answer: what it asks comes from the result, in both languages.
  await page.evaluate(() => {
    const host = document.querySelector('droit-conso'), real = host.engine;
    host.engine = { ask: (r) => (r.question === 'withdrawal' && !r.item ? { ok: true, question: 'withdrawal', missing: [{
      field: 'item', kind: 'choice', question: { fr: 'Qu\'avez-vous acheté ?', en: 'What did you buy?' },
      options: [{ value: 'goods', label: { fr: 'Un bien', en: 'Goods' } }, { value: 'service', label: { fr: 'Un service', en: 'A service' } }] }] }
      : real.ask(r)) };
  });
  await $(page, '#situation-withdrawal').click();
  await typeDate(page, '#received', '14012026');
  await $(page, '#next').click();
  await $(page, '#territory').waitFor();
  await $(page, '#next').click();
  await $(page, '#item').waitFor();
  assert.equal(await $(page, '#screen-title').innerText(), 'Qu\'avez-vous acheté ?');
  assert.equal(await $(page, '.progress').innerText(), 'Question 3 sur 3');
  await $(page, '#next').click();
  assert.match(await $(page, '#item-error').innerText(), /Choisissez une réponse/);
  await $(page, 'label[for=item]').click();
  await $(page, '#next').click();
  await $(page, '#answer').waitFor();
  assert.equal(await $(page, '#answer').innerText(), 'mercredi 28 janvier 2026');
  await $(page, '#edit').click();
  assert.equal(await $(page, '#item').isChecked(), true, 'the answer is kept');
  await context.close();
});

test('the date first with its caveat; then the open questions, on request: a personalised item is excluded, an ordinary one confirmed', async () => {
  const { context, page, log } = await openPage(env.browser, PAGE_URL_FILE, { clock: JAN_20 });
  await withdrawal(page, '14012026');
  assert.match(await $(page, '#caveat').innerText(), /Cette date vaut si le droit de rétractation s'applique/);
  assert.match(await $(page, '#confirm-title').innerText(), /^13 questions restent à vérifier$/);
  await $(page, '#confirm').click();
  assert.equal(await $(page, '#screen-title').innerText(), 'Le vendeur est-il un professionnel ou un particulier ?');
  await $(page, 'label[for=seller]').click();
  await $(page, 'label[for=channel]').click();
  await $(page, 'label[for=sector]').click();
  await $(page, '#concluded').fill('2026-01-10');
  await shot(page, 'desktop-fr-scope.png');
  assert.deepEqual((await axe(page)).violations, [], 'axe-core: the scope screen');
  await $(page, '#next').click();
  await $(page, '#personalised').waitFor();
  for (const id of ['financialMarketPrice', 'perishable', 'hygieneProduct', 'mixedInseparably', 'alcohol', 'recordingOrSoftware', 'newspaper', 'publicAuction'])
    await $(page, `label[for=${id}-1]`).click();
  await $(page, '#next').click();
  assert.match(await $(page, '#personalised-error').innerText(), /Choisissez une réponse/, 'an unanswered yes/no is named');
  await $(page, 'label[for=personalised]').click();
  await shot(page, 'desktop-fr-exclusions.png');
  assert.deepEqual((await axe(page)).violations, [], 'axe-core: the exclusions screen, with an error');
  await $(page, '#next').click();
  await $(page, '#reason').waitFor();
  assert.equal(await $(page, '#answer').innerText(), 'Pas de droit de rétractation pour cet achat');
  assert.match(await $(page, '#reason').innerText(), /Exception 3° \(biens personnalisés\).*L221-28$/s);
  // Excluded, the legal guarantees still apply (L221-28 never removes them; rules.md 8 and 10).
  assert.deepEqual(await $(page, '#consequences li').allInnerTexts(), [
    'Les garanties légales restent dues : la garantie légale de conformité (L217-3 et suivants) couvre les défauts du bien. L217-3',
    'La garantie des vices cachés s\'applique aussi. C. civ. 1641']);
  assert.equal(await $(page, '#how-to').count(), 0, 'no "how to withdraw" where there is no right');
  assert.equal(await $(page, '.letters').count(), 0, 'no withdrawal letter either');
  assert.match(await $(page, '.how .steps').innerText(), /L221-28/, 'how: the checks made');
  assert.deepEqual((await axe(page)).violations, [], 'axe-core: the excluded answer');
  await shot(page, 'desktop-fr-excluded.png');
  // Not personalised after all: the right applies, no question left, no caveat.
  await $(page, '#edit').click();
  await $(page, 'label[for=personalised-1]').click();
  await $(page, '#next').click();
  await $(page, '#answer').filter({ hasText: 'mercredi 28 janvier 2026' }).waitFor();
  assert.equal(await $(page, '#caveat').count(), 0);
  assert.equal(await $(page, '#confirm').count(), 0);
  assert.deepEqual(log.requests, [PAGE_URL_FILE]);
  await context.close();
});
