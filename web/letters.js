// Ready-to-send letters (core question `letter`, written in French whatever the page's language):
// a short form for the names and addresses, then the letter as text (every line set with
// textContent), to copy, to download as .txt, or to print (print stylesheet: A4, sender and
// recipient blocks, date, object, room for the signature). A journey opts in with
// `letter(values, result)`, which returns { kind, fields, ask, choices? } (fields the case already
// gives, the ids of what the person types for that letter, e.g. ['product'], and the letter's own
// choices); the plan section offers the mediator letter the same way. `prefix` keeps the ids of a
// second letter on the same page apart ('m-' for the mediator letter); what the person typed is
// kept once (values.l_<field>) and fills the same field of the other letter.
// A journey's letter may also ask the price and dates (sellerInformed, discovered) and carry `lead`
// ({ fr, en }: when to send it).
var DroitConsoLetters = (() => {
  const { el, field, input, steps } = DroitConsoRender;
  const text = {
    fr: { title: 'Préparer votre lettre', intro: 'La lettre est rédigée en français. Rien n\'est envoyé : vous la copiez, l\'enregistrez ou l\'imprimez.',
      senderName: 'Vos prénom et nom', senderAddress: 'Votre adresse postale', addressHint: 'Une ligne par ligne d\'adresse.',
      sellerName: 'Nom du vendeur', sellerAddress: 'Adresse du vendeur', place: 'Ville où vous écrivez', orderReference: 'Numéro de commande (facultatif)',
      product: 'Le produit concerné', defect: 'Le défaut constaté', price: 'Prix payé (par exemple 249,90)',
      sellerInformed: 'Quel jour le vendeur a-t-il été informé de votre rétractation ?', discovered: 'Quel jour avez-vous découvert le défaut ?', make: 'Préparer la lettre', copy: 'Copier le texte', txt: 'Télécharger (.txt)',
      print: 'Imprimer / enregistrer en PDF', copied: 'Lettre copiée.', saved: 'Lettre enregistrée dans vos téléchargements.', ready: 'Lettre prête.', letter: 'Votre lettre',
      withdrawalSent: 'Quel jour avez-vous envoyé votre rétractation ? (facultatif)', goodsSentBack: 'Quel jour avez-vous renvoyé le bien ? (facultatif)',
      dateHint: 'Cité dans la lettre. Laissez vide si vous ne savez plus.',
      refundTitle: 'Mettre le vendeur en demeure de vous rembourser',
      refundIntro: 'La lettre cite les articles L221-24 et L242-4 et la majoration due à ce jour (le chiffre de la lecture la plus prudente de la loi). Elle est rédigée en français ; rien n\'est envoyé.',
      mediatorTitle: 'Saisir le médiateur de la consommation',
      mediatorIntro: 'La médiation est gratuite. Le nom et l\'adresse du médiateur du vendeur figurent dans ses conditions générales de vente ou sur son site. La lettre est rédigée en français ; rien n\'est envoyé.',
      mediatorName: 'Nom du médiateur de la consommation du vendeur', mediatorAddress: 'Adresse du médiateur',
      dispute: 'Résumé du litige', disputeHint: 'Ce qui s\'est passé, en quelques phrases : les faits, les dates, ce que le vendeur a répondu.',
      claim: 'Votre demande', claimHint: 'Ce que vous demandez au médiateur d\'obtenir, par exemple le remboursement des sommes dues et de la majoration, avec leurs montants.' },
    en: { title: 'Prepare your letter', intro: 'The letter is written in French. Nothing is sent: you copy, save or print it.',
      senderName: 'Your first name and name', senderAddress: 'Your postal address', addressHint: 'One line per address line.',
      sellerName: 'The seller\'s name', sellerAddress: 'The seller\'s address', place: 'Town you write from', orderReference: 'Order number (optional)',
      product: 'The product concerned', defect: 'The defect found', price: 'Price paid (for example 249,90)',
      sellerInformed: 'On what day was the seller informed of your withdrawal?', discovered: 'On what day did you discover the defect?', make: 'Prepare the letter', copy: 'Copy the text', txt: 'Download (.txt)',
      print: 'Print / save as PDF', copied: 'Letter copied.', saved: 'Letter saved in your downloads.', ready: 'Letter ready.', letter: 'Your letter',
      withdrawalSent: 'On what day did you send your withdrawal? (optional)', goodsSentBack: 'On what day did you send the goods back? (optional)',
      dateHint: 'Quoted in the letter. Leave empty if you no longer know.',
      refundTitle: 'Give the seller formal notice to refund you',
      refundIntro: 'The letter quotes articles L221-24 and L242-4 and the increase owed to date (the figure of the most prudent reading of the law). It is written in French; nothing is sent.',
      mediatorTitle: 'Refer the dispute to the consumer mediator',
      mediatorIntro: 'Mediation is free. The name and address of the seller\'s mediator are in its terms of sale or on its website. The letter is written in French; nothing is sent.',
      mediatorName: 'Name of the seller\'s consumer mediator', mediatorAddress: 'The mediator\'s address',
      dispute: 'Summary of the dispute', disputeHint: 'What happened, in a few sentences: the facts, the dates, what the seller answered.',
      claim: 'What you ask for', claimHint: 'What you ask the mediator to obtain, for example the refund of the sums due and of the increase, with their amounts.' }
  };
  // The controls each field is typed in (a one-line text otherwise), and the longest text the core takes.
  const LONG = { senderAddress: 800, sellerAddress: 800, mediatorAddress: 800, defect: 4000, dispute: 4000, claim: 2000 };
  const DATES = ['withdrawalSent', 'goodsSentBack', 'sellerInformed', 'discovered'], AMOUNTS = ['price'];
  const HINTS = { withdrawalSent: 'dateHint', goodsSentBack: 'dateHint', dispute: 'disputeHint', claim: 'claimHint' };
  const lines = (v) => (v || '').split('\n').map((l) => l.trim()).filter(Boolean);
  const isAddress = (id) => /Address$/.test(id);
  const bare = (name) => name.replace(/\[\d+\]$/, '');   // "senderAddress[1]" -> "senderAddress"

  function section(host, spec) {
    const lang = host.lang_, t = text[lang], v = host.values, p = spec.prefix || '', pid = (id) => p + id;
    const out = el('div', { id: pid('letter-out'), class: 'letter-out' });
    const ids = ['senderName', 'senderAddress', 'sellerName', 'sellerAddress', 'place', 'orderReference', ...(spec.ask || [])];
    const choices = spec.choices || {};   // { id: { label: {fr,en}, options: [{ value, label: {fr,en} }] } }
    const chosen = (id) => (choices[id].options.some((o) => o.value === v['l_' + id]) ? v['l_' + id] : undefined);
    const controls = {};
    const control = (id) => {
      if (choices[id]) {
        const f = DroitConsoRender.choice(pid(id), choices[id].label[lang], '', choices[id].options.map((o) => ({ value: o.value, label: o.label[lang] })), chosen(id));
        f.addEventListener('change', (e) => { v['l_' + id] = e.target.value; });
        return f;
      }
      const c = controls[id] = LONG[id] ? el('textarea', { rows: id === 'dispute' ? '6' : '3', maxlength: String(LONG[id]) })
        : DATES.includes(id) ? input('date', '', {})
          : input('text', '', { maxlength: '300', autocomplete: 'off', inputmode: AMOUNTS.includes(id) ? 'decimal' : undefined });
      c.value = v['l_' + id] || '';
      c.addEventListener('input', () => { v['l_' + id] = c.value; });
      return field(pid(id), t[id], isAddress(id) ? t.addressHint : t[HINTS[id]] || '', c);
    };
    // The request: the case's fields, then what is typed in this form (as shown, not as typed elsewhere).
    const request = () => {
      const req = Object.assign({ question: 'letter', kind: spec.kind, today: v.today, lang }, spec.fields);
      for (const id of Object.keys(choices)) if (chosen(id)) req[id] = chosen(id);
      for (const id of ids) {
        const value = controls[id].value;
        if (isAddress(id)) req[id] = lines(value);
        else if (value.trim()) req[id] = value;
      }
      return req;
    };
    const clearErrors = () => {
      for (const id of ids.concat(Object.keys(choices))) {
        const s = host.root.getElementById(pid(id) + '-error');
        if (s) s.textContent = '';
        for (const c of host.root.querySelectorAll('[name="' + pid(id) + '"]')) c.removeAttribute('aria-invalid');
      }
    };
    const showErrors = (errors) => {
      const mine = errors.filter((e) => host.fieldError(pid(bare(e.field)), e.message));
      const others = errors.filter((e) => !mine.includes(e));
      host.say(errors.map((e) => e.message).join(' '));
      out.replaceChildren(...(others.length ? [el('p', { class: 'error', role: 'alert', text: others.map((e) => e.message).join(' ') })] : []));
      if (mine.length) host.root.querySelector('[name="' + pid(bare(mine[0].field)) + '"]').focus();
    };
    const make = () => {
      const res = host.engine.ask(request());
      clearErrors();
      if (!res.ok) return showErrors(res.errors);
      if (!res.applies) { out.replaceChildren(steps(res.steps)); host.say(res.steps.map((s) => s.text).join(' ')); return; }
      const letter = res.letter;
      const paper = el('article', { class: 'letter', id: pid('letter'), lang: 'fr', 'aria-label': t.letter },
        letter.blocks.map((b) => el('p', { class: 'l-' + b.type, text: b.lines.join('\n') })));
      out.replaceChildren(paper, el('div', { class: 'actions' }, [
        el('button', { type: 'button', class: 'secondary', id: pid('letter-copy'), text: t.copy, on: { click: () =>
          (navigator.clipboard ? navigator.clipboard.writeText(letter.text) : Promise.reject()).then(() => host.say(t.copied), () => host.say(t.ready)) } }),
        el('button', { type: 'button', class: 'secondary', id: pid('letter-txt'), text: t.txt, on: { click: () => {
          DroitConsoNextSteps.download(letter.text, letter.filename, 'text/plain;charset=utf-8'); host.say(t.saved); } } }),
        el('button', { type: 'button', class: 'primary', id: pid('letter-print'), text: t.print, on: { click: () => { printOnly(host, paper); print(); } } })]));
      printOnly(host, paper);
      host.say(t.ready);
      paper.setAttribute('tabindex', '-1');
      paper.focus();
    };
    const title = t[spec.kind + 'Title'] || t.title, intro = t[spec.kind + 'Intro'] || t.intro;
    return el('section', { class: 'letters', 'aria-labelledby': pid('letter-title') }, [
      el('h3', { id: pid('letter-title'), text: title }),
      spec.lead && el('p', { class: 'note', id: pid('letter-lead'), text: spec.lead[lang] }),
      el('p', { class: 'hint', text: intro }),
      ...ids.concat(Object.keys(choices)).map(control),
      el('div', { class: 'actions' }, [el('button', { type: 'button', class: 'secondary', id: pid('make-letter'), text: t.make, on: { click: make } })]),
      out]);
  }

  // Printing prints one letter alone: the last one made, or the one whose print button was pressed.
  function printOnly(host, paper) {
    for (const l of host.root.querySelectorAll('.letter.printing')) l.classList.remove('printing');
    paper.classList.add('printing');
    host.setAttribute('data-letter', '');
  }

  return { section };
})();
