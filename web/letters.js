// Ready-to-send letters (core question `letter`, written in French whatever the page's language):
// a short form for the names and addresses, then the letter as text (every line set with
// textContent), to copy, to download as .txt, or to print (print stylesheet: A4, sender and
// recipient blocks, date, object, room for the signature). A journey opts in with
// `letter(values, result)`, which returns { kind, fields, ask } (fields the case already gives,
// and the ids of the texts the person must type for that letter, e.g. ['product']; dates and the
// price may be asked too), and optionally `lead` ({ fr, en }: when to send it) and `choices`.
var DroitConsoLetters = (() => {
  const { el, field, input, steps } = DroitConsoRender;
  const text = {
    fr: { title: 'Préparer votre lettre', intro: 'La lettre est rédigée en français. Rien n\'est envoyé : vous la copiez, l\'enregistrez ou l\'imprimez.',
      senderName: 'Vos prénom et nom', senderAddress: 'Votre adresse postale', addressHint: 'Une ligne par ligne d\'adresse.',
      sellerName: 'Nom du vendeur', sellerAddress: 'Adresse du vendeur', place: 'Ville où vous écrivez', orderReference: 'Numéro de commande (facultatif)',
      product: 'Le produit concerné', defect: 'Le défaut constaté', price: 'Prix payé (par exemple 249,90)',
      sellerInformed: 'Quel jour le vendeur a-t-il été informé de votre rétractation ?', discovered: 'Quel jour avez-vous découvert le défaut ?', make: 'Préparer la lettre', copy: 'Copier le texte', txt: 'Télécharger (.txt)',
      print: 'Imprimer / enregistrer en PDF', copied: 'Lettre copiée.', saved: 'Lettre enregistrée dans vos téléchargements.', ready: 'Lettre prête.', letter: 'Votre lettre' },
    en: { title: 'Prepare your letter', intro: 'The letter is written in French. Nothing is sent: you copy, save or print it.',
      senderName: 'Your first name and name', senderAddress: 'Your postal address', addressHint: 'One line per address line.',
      sellerName: 'The seller\'s name', sellerAddress: 'The seller\'s address', place: 'Town you write from', orderReference: 'Order number (optional)',
      product: 'The product concerned', defect: 'The defect found', price: 'Price paid (for example 249,90)',
      sellerInformed: 'On what day was the seller informed of your withdrawal?', discovered: 'On what day did you discover the defect?', make: 'Prepare the letter', copy: 'Copy the text', txt: 'Download (.txt)',
      print: 'Print / save as PDF', copied: 'Letter copied.', saved: 'Letter saved in your downloads.', ready: 'Letter ready.', letter: 'Your letter' }
  };
  const lines = (v) => (v || '').split('\n').map((l) => l.trim()).filter(Boolean);
  const LONG = ['senderAddress', 'sellerAddress', 'defect'];
  const DATES = ['sellerInformed', 'discovered'], AMOUNTS = ['price'];

  function section(host, spec) {
    const lang = host.lang_, t = text[lang], v = host.values, out = el('div', { id: 'letter-out' });
    const ids = ['senderName', 'senderAddress', 'sellerName', 'sellerAddress', 'place', 'orderReference', ...(spec.ask || [])];
    const choices = spec.choices || {};   // { id: { label: {fr,en}, options: [{ value, label: {fr,en} }] } }
    const control = (id) => {
      if (choices[id]) {
        const f = DroitConsoRender.choice(id, choices[id].label[lang], '', choices[id].options.map((o) => ({ value: o.value, label: o.label[lang] })), v['l_' + id]);
        f.addEventListener('change', (e) => { v['l_' + id] = e.target.value; });
        return f;
      }
      const c = LONG.includes(id) ? el('textarea', { rows: '3', maxlength: '800' })
        : DATES.includes(id) ? input('date', '')
          : input('text', '', { maxlength: '300', autocomplete: 'off', inputmode: AMOUNTS.includes(id) ? 'decimal' : undefined });
      c.value = v['l_' + id] || '';
      c.addEventListener('input', () => { v['l_' + id] = c.value; });
      return field(id, t[id], /Address$/.test(id) ? t.addressHint : '', c);
    };
    const make = () => {
      const req = Object.assign({ question: 'letter', kind: spec.kind, today: v.today, lang }, spec.fields);
      for (const id of Object.keys(choices)) if (v['l_' + id]) req[id] = v['l_' + id];
      for (const id of ids) {
        const value = v['l_' + id] || '';
        if (/Address$/.test(id)) req[id] = lines(value);
        else if (value.trim()) req[id] = value;
      }
      const res = host.engine.ask(req);
      for (const id of ids.concat(Object.keys(choices))) {
        const s = host.root.getElementById(id + '-error');
        if (s) s.textContent = '';
        for (const c of host.root.querySelectorAll('[name="' + id + '"]')) c.removeAttribute('aria-invalid');
      }
      if (!res.ok) {
        const mine = res.errors.filter((e) => host.fieldError(e.field.replace(/\[\d+\]$/, ''), e.message));
        host.say(res.errors.map((e) => e.message).join(' '));
        if (mine.length) host.root.querySelector('[name="' + mine[0].field.replace(/\[\d+\]$/, '') + '"]').focus();
        else out.replaceChildren(el('p', { class: 'error', role: 'alert', text: res.errors.map((e) => e.message).join(' ') }));
        return;
      }
      if (!res.applies) { out.replaceChildren(steps(res.steps)); host.say(res.steps.map((s) => s.text).join(' ')); return; }
      const letter = res.letter;
      const paper = el('article', { class: 'letter', id: 'letter', lang: 'fr', 'aria-label': t.letter },
        letter.blocks.map((b) => el('p', { class: 'l-' + b.type, text: b.lines.join('\n') })));
      out.replaceChildren(paper, el('div', { class: 'actions' }, [
        el('button', { type: 'button', class: 'secondary', id: 'letter-copy', text: t.copy, on: { click: () =>
          (navigator.clipboard ? navigator.clipboard.writeText(letter.text) : Promise.reject()).then(() => host.say(t.copied), () => host.say(t.ready)) } }),
        el('button', { type: 'button', class: 'secondary', id: 'letter-txt', text: t.txt, on: { click: () => {
          DroitConsoNextSteps.download(letter.text, letter.filename, 'text/plain;charset=utf-8'); host.say(t.saved); } } }),
        el('button', { type: 'button', class: 'primary', id: 'letter-print', text: t.print, on: { click: () => print() } })]));
      host.setAttribute('data-letter', '');
      host.say(t.ready);
      paper.setAttribute('tabindex', '-1');
      paper.focus();
    };
    return el('section', { class: 'letters', 'aria-labelledby': 'letter-title' }, [
      el('h3', { id: 'letter-title', text: t.title }),
      spec.lead && el('p', { class: 'note', id: 'letter-lead', text: spec.lead[lang] }),
      el('p', { class: 'hint', text: t.intro }),
      ...ids.concat(Object.keys(choices)).map(control),
      el('div', { class: 'actions' }, [el('button', { type: 'button', class: 'secondary', id: 'make-letter', text: t.make, on: { click: make } })]),
      out]);
  }
  return { section };
})();
