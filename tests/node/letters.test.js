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
  assert.equal(answers, 12);
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
