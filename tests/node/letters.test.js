// Letters ({"question":"letter"}) through the wasm module: the right dates, articles and amounts;
// the user's text verbatim, markup included, as plain text; never the closed EU ODR platform.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const { engine, ROOT } = require('./engine');

const HOSTILE = '<img src=x onerror=alert(1)>';
const PARTIES = {
  senderName: `Zoé Œuvray ${HOSTILE}`, senderAddress: ['12 rue des Lilas', '69001 Lyon'], senderEmail: 'zoe@example.org',
  sellerName: 'Boutique Exemple SAS', sellerAddress: ['3 avenue du Commerce', '75002 Paris'], place: 'Lyon',
};
const LETTERS = {
  withdrawal: { today: '2026-01-20', product: 'Grille-pain', orderReference: 'A-1234', received: '2026-01-14', territory: 'metropole' },
  mediator: {
    today: '2026-03-10', mediatorName: 'Médiateur du e-commerce', mediatorAddress: ['60 rue La Boétie', '75008 Paris'],
    complaintSent: '2026-02-10', noticeSent: '2026-02-20', dispute: `Pas de remboursement. ${HOSTILE}`, claim: 'Le remboursement.',
  },
  conformity: {
    today: '2026-03-10', product: 'Grille-pain', ordered: '2025-11-10', delivered: '2025-11-14', defect: `Panne ${HOSTILE}`,
    remedy: 'replacement', priceCents: 12990,
  },
  refund: {
    today: '2026-04-20', product: 'Grille-pain', price: '249,90', delivery: '4,99', contract: 'goods',
    sellerInformed: '2026-03-02', territory: 'metropole', sellerCollects: true, withdrawalSent: '2026-03-01',
  },
  hiddenDefect: {
    today: '2026-03-10', product: 'Armoire', bought: '2025-06-10', discovered: '2026-03-01', defect: 'Vermoulue.',
    remedy: 'returnAndRefund', priceCents: 145000, sellerKnew: true,
  },
};
const ask = async (kind, extra = {}) => (await engine()).ask({ question: 'letter', kind, ...PARTIES, ...LETTERS[kind], ...extra });

test('letter: withdrawal declaration on the annex R221-1 form, with the computed deadline', async () => {
  const r = await ask('withdrawal');
  assert.equal(r.ok, true, JSON.stringify(r));
  assert.equal(r.applies, true);
  const { text, blocks, filename, articles } = r.letter;
  assert.ok(text.includes('\nMODÈLE DE FORMULAIRE DE RÉTRACTATION\n'));
  assert.ok(text.includes('\n(*) Rayez la mention inutile.\n'));
  assert.ok(text.includes('qui expire le 28 janvier 2026 à minuit'));
  assert.ok(text.includes('Objet : Rétractation — commande n° A-1234'));
  assert.deepEqual(blocks.slice(0, 5).map((b) => b.type), ['sender', 'recipient', 'sending', 'placeDate', 'object']);
  assert.equal(blocks.at(-1).type, 'signature');
  assert.equal(filename, 'droitconso-withdrawal-2026-01-20.txt');
  assert.deepEqual(articles.map((a) => a.article), ['R221-1', 'L221-18', 'L221-21', 'L221-19']);
});

test('letter: each kind has its articles, dates and amounts', async () => {
  let r = await ask('mediator');
  assert.equal(r.applies, true, JSON.stringify(r));
  assert.ok(r.letter.text.includes('qui expire le 10 février 2027 (article L612-2'));
  assert.ok(r.letter.text.includes('– le 20 février 2026 : mise en demeure'));
  r = await ask('conformity');
  assert.ok(r.letter.text.includes('au prix de 129,90\u00a0€'));
  assert.ok(r.letter.text.includes('le remplacement du bien'));
  assert.ok(r.letter.text.includes('soit au plus tard le 9 avril 2026'));
  assert.deepEqual(r.letter.articles.map((a) => a.article), ['L217-3', 'L217-10', 'L217-14']);
  r = await ask('hiddenDefect');
  assert.ok(r.letter.text.includes('de me restituer le prix de 1\u202f450,00\u00a0€, contre la restitution du bien'));
  assert.ok(r.letter.text.includes('(article 1645 du code civil)'));
  assert.ok(r.letter.text.includes('soit au plus tard le 18 mars 2026'));
});

test('letter: formal notice to refund — the refund engine\'s figures, the prudent reading named', async () => {
  let r = await ask('refund');
  assert.equal(r.applies, true, JSON.stringify(r));
  assert.equal(r.kind, 'refund');
  const { text, articles, filename } = r.letter;
  assert.ok(text.includes('Le 1er mars 2026, je vous ai notifié ma rétractation du contrat portant sur : Grille-pain.'));
  assert.ok(text.includes('article L221-24 du code de la consommation'));
  assert.ok(text.includes('soit 254,89\u00a0€, au plus tard le 16 mars 2026.'));
  assert.ok(text.includes('article L242-4 du code de la consommation'));
  assert.ok(text.includes('le retard est de 35 jours : la majoration est d\'au moins 50,98\u00a0€, ce qui porte la somme due à 305,87\u00a0€'));
  assert.ok(text.includes('lecture la plus prudente du texte : 20 % des sommes dues (jours 31 à 60 de retard)'));
  assert.deepEqual(articles.map((a) => a.article), ['L221-24', 'L242-4']);
  assert.equal(filename, 'droitconso-refund-2026-04-20.txt');
  // The same figure as the refund question's prudent one, from the same fields.
  const { product, withdrawalSent, ...refundFields } = LETTERS.refund;
  const q = (await engine()).ask({ question: 'refund', ...refundFields });
  assert.equal(q.increase.prudent.text, '50,98\u00a0€');
  // Day 91: the prudent figure is the alternative reading's (completed months, 50 %), named; DroitConso's beside it.
  r = await ask('refund', { today: '2026-06-15', refundDue: '2026-03-16', price: '100,00', delivery: undefined, contract: undefined,
    sellerInformed: undefined, territory: undefined, sellerCollects: undefined, withdrawalSent: undefined });
  assert.equal(r.applies, true, JSON.stringify(r));
  assert.ok(r.letter.text.includes('la majoration est d\'au moins 50,00\u00a0€'));
  assert.ok(r.letter.text.includes('« Seules les périodes de 30 jours achevées comptent (jour 91 : 50 %, jour 120 : 55 %) »'));
  assert.ok(r.letter.text.includes('la majoration serait de 55,00\u00a0€.'));
  // Not late yet: no letter, and why.
  r = await ask('refund', { today: '2026-03-10', lang: 'en' });
  assert.equal(r.applies, false);
  assert.match(r.steps.at(-1).text, /^The refund is due by Monday 16 March 2026/);
});

test('letter: the engines date the withdrawal, conformity and hidden-defect letters', async () => {
  // 12-month extension (L221-20) when the information was not given.
  let r = await ask('withdrawal', { today: '2026-03-01', infoGiven: false });
  assert.equal(r.applies, true, JSON.stringify(r));
  assert.ok(r.letter.text.includes('qui expire le 28 janvier 2027 à minuit'));
  assert.ok(r.letter.articles.some((a) => a.article === 'L221-20'));
  // Conformity: the guarantee engine's end and presumption; before 2022, the former regime (one month).
  r = await ask('conformity', { noticed: '2026-03-01', condition: 'new' });
  assert.ok(r.letter.text.includes('soit jusqu\'au 14 novembre 2027 pour ce bien.'));
  assert.ok(r.letter.text.includes('il est présumé avoir existé au moment de la délivrance'));
  r = await ask('conformity', { today: '2023-03-10', ordered: '2021-06-01', delivered: '2021-06-05', noticed: '2023-03-01' });
  assert.equal(r.applies, true, JSON.stringify(r));
  assert.ok(r.letter.text.includes('dans le délai d\'un mois suivant la présente demande, soit au plus tard le 10 avril 2023.'));
  assert.deepEqual(r.letter.articles.map((a) => a.article), ['L217-9 ancien', 'L217-10 ancien', 'L217-12 ancien']);
  // Hidden defect: the action's last day (C. civ. 1648).
  r = await ask('hiddenDefect');
  assert.ok(r.letter.text.includes('(article 1648 du code civil), qui expire le 1er mars 2028.'));
});

test('letter: typed text stays text — the hostile name is in the letter verbatim, never as markup', async () => {
  const e = await engine();
  for (const kind of Object.keys(LETTERS)) {
    const request = { question: 'letter', kind, ...PARTIES, ...LETTERS[kind] };
    const raw = e.raw(JSON.stringify(request));
    assert.ok(!raw.includes('<img'), `${kind}: the JSON text escapes '<'`);
    const r = JSON.parse(raw);
    assert.equal(r.applies, true, kind);
    assert.ok(r.letter.text.includes(`Zoé Œuvray ${HOSTILE}`), kind);
    assert.equal(r.letter.blocks[0].lines[0], `Zoé Œuvray ${HOSTILE}`);
  }
});

test('letter: errors name the field; control characters are refused, any letter is accepted', async () => {
  let r = await ask('withdrawal', { senderName: 'Zoé\u0000', received: '2026-13-01' });
  assert.equal(r.ok, false);
  assert.deepEqual(r.errors.map((x) => x.field), ['senderName', 'received']);
  r = await ask('withdrawal', { senderName: '李小龍 Ünal Ørsted' });
  assert.equal(r.ok, true);
  r = await ask('withdrawal', { today: '2026-03-01' });
  assert.equal(r.ok, true);
  assert.equal(r.applies, false);
  assert.equal(r.letter, undefined);
});

test('no ODR: no letter, plan, calendar or page source offers the closed EU platform', async () => {
  const acronyms = /(^|[^A-Za-z0-9])(ODR|RLL)([^A-Za-z0-9]|$)/;  // case-sensitive: "period", "rollback" are fine
  const phrases = /ec\.europa\.eu\/consumers\/odr|r[eè]glement en ligne des litiges|online dispute resolution/i;
  const offers = (t) => acronyms.test(t) || phrases.test(t);
  assert.ok(offers('plateforme RLL') && offers('https://EC.europa.eu/consumers/odr') && !offers('period rollback'));
  const e = await engine();
  let answers = 0;
  for (const lang of ['fr', 'en']) {
    for (const kind of Object.keys(LETTERS)) {
      assert.ok(!offers(e.raw(JSON.stringify({ question: 'letter', kind, lang, ...PARTIES, ...LETTERS[kind] }))), kind);
      answers++;
    }
    for (const question of ['plan', 'calendar']) {
      assert.ok(!offers(e.raw(JSON.stringify({ question, lang, ...LETTERS.mediator, seller: 'eu', claimCents: 100 }))));
      answers++;
    }
  }
  assert.equal(answers, 14);
  // The page's sources and the letter templates (the built page embeds the binary module, whose bytes
  // are not text: the Catch2 test scans the core's sources instead).
  const files = [];
  const walk = (dir) => fs.readdirSync(dir, { withFileTypes: true }).forEach((d) => {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) walk(p); else files.push(p);
  });
  walk(path.join(ROOT, 'web'));
  walk(path.join(ROOT, 'core', 'letters', 'templates'));
  assert.ok(files.length >= 10);
  for (const f of files) assert.ok(!offers(fs.readFileSync(f, 'utf8')), f);
});
