// « Le vendeur refuse »: the seller's stock sentence checked against the law for this case (core
// question `refusal`): lawful or not, why (the article linked), the French reply to copy, the proof
// file as a checklist (ticks kept in the page only, and in the case file if the person saves it),
// then the formal notice letter (`next.letter`) and the plan when the reply fails.
(() => {
  const { el, longDate, link, steps } = DroitConsoRender;

  const text = {
    fr: {
      situation: 'Le vendeur refuse',
      situationHint: 'Retour, remboursement, garantie : son refus est-il permis, et que lui répondre ?',
      fields: {
        reason: { label: 'Que vous répond le vendeur ?', hint: 'Choisissez la phrase la plus proche de sa réponse.' },
        price: { label: 'Prix payé (facultatif)', hint: 'Comme sur votre facture, par exemple 249,90. Il sert à chiffrer ce que le vendeur vous doit.' },
        delivery: { label: 'Frais de livraison payés', hint: 'Comme sur votre facture, par exemple 4,99 (0 si la livraison était gratuite).' },
        voucherAccepted: { label: 'Avez-vous accepté expressément un bon d\'achat ou un avoir à la place d\'un remboursement ?' },
        proofOfShipmentSent: { label: 'Quel jour avez-vous fourni au vendeur la preuve d\'expédition du retour ? (facultatif)',
          hint: 'Le reçu de dépôt ou le numéro de suivi que vous lui avez transmis. Laissez vide si vous ne l\'avez pas fait, ou si le vendeur vient chercher le bien.' },
        goodsReceivedBack: { label: 'Quel jour le vendeur a-t-il récupéré le bien ? (facultatif)', hint: 'Si vous le savez, par le suivi du colis. Laissez vide sinon.' }
      },
      hints: {
        'opened-or-used': 'Il refuse parce que vous avez ouvert ou essayé le produit.',
        'too-late': 'Il dit que le délai de 14 jours est dépassé.',
        'cannot-be-returned': 'Il dit que ce produit ne peut pas être retourné.',
        'vouchers': 'Il propose un avoir au lieu de vous rembourser.',
        'delivery-not-refunded': 'Il rembourse le produit, pas la livraison.',
        'return-costs-deducted': 'Il retient les frais de retour sur le remboursement.',
        'not-received-back': 'Il attend d\'avoir le colis avant de rembourser.',
        'third-party-seller': 'La place de marché vous renvoie vers le vendeur tiers.',
        'no-answer': 'Le vendeur ne répond pas à vos messages.',
        'other': 'Un motif qui n\'est pas dans cette liste.'
      },
      resultTitle: 'Le refus du vendeur',
      colon: ' : ',
      said: 'Motif du refus :',
      verdict: { unlawful: 'Ce refus n\'est pas permis', lawful: 'Ce refus est permis', 'cannot-tell': 'Impossible de trancher pour l\'instant', 'not-in-list': 'Motif hors de notre liste' },
      forCase: { unlawful: 'Pour votre cas, la loi ne lui permet pas de refuser sur ce motif.', lawful: 'Pour votre cas et à ce jour, la loi permet ce refus : voyez pourquoi ci-dessous.',
        'cannot-tell': 'Un fait reste incertain : voir ci-dessous.', 'not-in-list': 'Voici la règle générale et ce que vous pouvez faire.' },
      article: 'Article décisif :',
      why: 'Pourquoi',
      stillDue: 'Ce qui reste dû',
      figures: 'Vos dates et montants',
      deadline: 'Dernier jour pour vous rétracter',
      sentInTime: { yes: 'Votre rétractation a été envoyée dans le délai.', no: 'Votre rétractation a été envoyée après le délai.', uncertain: 'Envoi dans le délai selon un jour férié incertain.' },
      refundDue: 'Remboursement dû au plus tard le',
      sumsDue: 'Sommes à rembourser',
      deliveryOwed: 'Dont livraison standard',
      late: (n, inc, tot) => n + ' jour' + (n > 1 ? 's' : '') + ' de retard : majoration ' + inc + ', total dû ' + tot,
      reply: 'Votre réponse au vendeur',
      replyHint: 'En français, courte et précise : collez-la dans le formulaire de contact ou la messagerie du vendeur, et gardez-en une copie.',
      copyReply: 'Copier la réponse', replyTxt: 'Télécharger la réponse (.txt)', replyCopied: 'Réponse copiée.', replyCopyFailed: 'La copie n\'a pas pu se faire : sélectionnez le texte de la réponse.',
      replySaved: 'Réponse enregistrée dans vos téléchargements.',
      next: 'Ensuite',
      stage: 'Prochaine étape :',
      proof: 'Votre dossier de preuves',
      proofHint: 'Cochez ce que vous avez déjà rassemblé. Rien n\'est envoyé : les coches restent dans cette page, et dans le dossier si vous l\'enregistrez.',
      key: 'essentiel pour ce motif',
      ticked: (n, of) => n + ' sur ' + of + ' rassemblé' + (n > 1 ? 's' : ''),
      proofPrint: 'Imprimer la liste', proofTxt: 'Télécharger la liste (.txt)', proofSaved: 'Liste enregistrée dans vos téléchargements.'
    },
    en: {
      situation: 'The seller says no',
      situationHint: 'Return, refund, guarantee: is the refusal lawful, and what to answer?',
      fields: {
        reason: { label: 'What does the seller answer?', hint: 'Choose the sentence closest to its answer.' },
        price: { label: 'Price paid (optional)', hint: 'As on your invoice, for example 249,90. It is used to compute what the seller owes you.' },
        delivery: { label: 'Delivery costs paid', hint: 'As on your invoice, for example 4,99 (0 if delivery was free).' },
        voucherAccepted: { label: 'Did you expressly agree to a voucher or store credit instead of a refund?' },
        proofOfShipmentSent: { label: 'On what day did you give the seller proof that you shipped the goods back? (optional)',
          hint: 'The drop-off receipt or tracking number you sent it. Leave empty if you have not, or if the seller collects the goods.' },
        goodsReceivedBack: { label: 'On what day did the seller get the goods back? (optional)', hint: 'If you know it, from the parcel tracking. Leave empty otherwise.' }
      },
      hints: {
        'opened-or-used': 'It refuses because you opened or tried the product.',
        'too-late': 'It says the 14 days are over.',
        'cannot-be-returned': 'It says this product cannot be returned.',
        'vouchers': 'It offers store credit instead of a refund.',
        'delivery-not-refunded': 'It refunds the product, not the delivery.',
        'return-costs-deducted': 'It keeps the return costs out of the refund.',
        'not-received-back': 'It waits for the parcel before refunding.',
        'third-party-seller': 'The marketplace sends you to the third-party seller.',
        'no-answer': 'The seller does not answer your messages.',
        'other': 'A reason that is not in this list.'
      },
      resultTitle: 'The seller\'s refusal',
      colon: ': ',
      said: 'Reason given:',
      verdict: { unlawful: 'This refusal is not lawful', lawful: 'This refusal is lawful', 'cannot-tell': 'Cannot be decided yet', 'not-in-list': 'Reason not in our list' },
      forCase: { unlawful: 'For your case, the law does not let the seller refuse on this ground.', lawful: 'For your case and as of today, the law allows this refusal: see why below.',
        'cannot-tell': 'One fact is still uncertain: see below.', 'not-in-list': 'Here is the general rule and what you can do.' },
      article: 'Decisive article:',
      why: 'Why',
      stillDue: 'What still applies',
      figures: 'Your dates and amounts',
      deadline: 'Last day to withdraw',
      sentInTime: { yes: 'Your withdrawal was sent in time.', no: 'Your withdrawal was sent after the period.', uncertain: 'Sent in time depending on an uncertain holiday.' },
      refundDue: 'Refund due by',
      sumsDue: 'Sums to refund',
      deliveryOwed: 'Of which standard delivery',
      late: (n, inc, tot) => n + ' day' + (n > 1 ? 's' : '') + ' late: increase ' + inc + ', total owed ' + tot,
      reply: 'Your reply to the seller',
      replyHint: 'In French (the seller\'s language), short and precise: paste it into the seller\'s contact form or chat, and keep a copy.',
      copyReply: 'Copy the reply', replyTxt: 'Download the reply (.txt)', replyCopied: 'Reply copied.', replyCopyFailed: 'Copying failed: select the reply\'s text.',
      replySaved: 'Reply saved in your downloads.',
      next: 'Next',
      stage: 'Next step:',
      proof: 'Your proof file',
      proofHint: 'Tick what you have gathered. Nothing is sent: the ticks stay in this page, and in the case file if you save it.',
      key: 'key for this reason',
      ticked: (n, of) => n + ' of ' + of + ' gathered',
      proofPrint: 'Print the list', proofTxt: 'Download the list (.txt)', proofSaved: 'List saved in your downloads.'
    }
  };

  const given = (v) => (v === undefined || v === '' ? undefined : v);
  const bool = (v) => (v === 'true' ? true : v === 'false' ? false : undefined);
  // The reasons that put a sum at stake: the price, optional, lets the core count what is owed.
  const REFUND_REASONS = ['vouchers', 'delivery-not-refunded', 'not-received-back', 'no-answer'];
  // The reasons judged on the refund's due date: the seller may wait for the goods or the proof of
  // shipment, dates the core reads but never lists as missing (absent, they have not happened).
  const RETURN_REASONS = ['not-received-back', 'no-answer'];
  // The fields of the `withdrawal` facts the letter and the plan reuse, as the core asked them.
  const DATES = ['received', 'concluded', 'withdrawalSent', 'sellerInformed', 'goodsReceivedBack', 'proofOfShipmentSent', 'informationReceived'];
  const BOOLS = ['infoGiven', 'sellerCollects'];
  const ticks = (v) => (v.proof ? v.proof.split(',') : []);

  // The case's facts for the letter and the plan: the dates and yes/no answers the person gave.
  function facts(v) {
    const out = { contract: v.contract || 'goods', territory: v.territory };
    for (const id of DATES) if (given(v[id])) out[id] = v[id];
    for (const id of BOOLS) if (bool(v[id]) !== undefined) out[id] = bool(v[id]);
    return out;
  }

  function reasonOptions(engine) {
    const r = engine ? engine.ask({ question: 'refusal' }) : { reasons: [] };
    return (r.reasons || []).map((x) => ({ value: x.code, label: x.label, hint: { fr: text.fr.hints[x.code], en: text.en.hints[x.code] } }));
  }

  // The core's `missing` names, asked through its `ask` entries (the input table's questions), or
  // through this journey's own fields (the amount is typed as on an invoice).
  function missing(res) {
    return res.missing.map((name) => (res.ask || []).find((a) => a.field === name) ||
      (name === 'deliveryCents' ? 'delivery' : name));
  }

  function figures(t, res, lang) {
    const c = res.case || {}, items = [];
    if (c.deadline) items.push(el('li', { id: 'deadline', text: t.deadline + t.colon + longDate(c.deadline.safe, lang) +
      (c.deadline.latest !== c.deadline.safe ? ' (' + longDate(c.deadline.latest, lang) + ')' : '') }));
    if (c.sentInTime) items.push(el('li', { id: 'sent-in-time', text: t.sentInTime[c.sentInTime] }));
    if (c.refundDue && c.refundDue.safe) items.push(el('li', { id: 'refund-due', text: t.refundDue + ' ' + longDate(c.refundDue.safe, lang) }));
    if (c.sumsDue) items.push(el('li', { id: 'sums-due', text: t.sumsDue + t.colon + c.sumsDue.text }));
    if (c.deliveryOwed) items.push(el('li', { id: 'delivery-owed', text: t.deliveryOwed + t.colon + c.deliveryOwed.text }));
    if (c.lateRefund) items.push(el('li', { id: 'late-refund', text: t.late(c.lateRefund.daysLate, c.lateRefund.increase.text, c.lateRefund.totalDue.text) }));
    return items.length ? [el('h3', { text: t.figures }), el('ul', { class: 'figures', id: 'figures' }, items)] : [];
  }

  function copyButton(host, id, label, content, done, failed) {
    return el('button', { type: 'button', class: 'primary', id, text: label, on: { click: () =>
      (navigator.clipboard ? navigator.clipboard.writeText(content) : Promise.reject()).then(() => host.say(done), () => host.say(failed)) } });
  }

  function replySection(t, res, host) {
    const today = host.values.today;
    return el('section', { class: 'reply', 'aria-labelledby': 'reply-title' }, [
      el('h3', { id: 'reply-title', text: t.reply }),
      el('p', { class: 'hint', id: 'reply-hint', text: t.replyHint }),
      el('div', { class: 'reply-text', id: 'reply', lang: 'fr', role: 'document', 'aria-labelledby': 'reply-title', 'aria-describedby': 'reply-hint' },
        res.reply.split('\n\n').map((para) => el('p', { text: para }))),
      el('div', { class: 'actions' }, [
        copyButton(host, 'reply-copy', t.copyReply, res.reply, t.replyCopied, t.replyCopyFailed),
        el('button', { type: 'button', class: 'secondary', id: 'reply-txt', text: t.replyTxt, on: { click: () => {
          DroitConsoNextSteps.download(res.reply + '\n', 'droitconso-refusal-reply-' + today + '.txt', 'text/plain;charset=utf-8');
          host.say(t.replySaved);
        } } })])
    ]);
  }

  // The proof file: one checkbox per item, its reason and article; ticks kept in values.proof.
  function proofSection(t, res, host, lang) {
    const v = host.values, items = res.proofFile.items;
    const count = el('p', { class: 'proof-count', id: 'proof-count', 'aria-live': 'polite' });
    const recount = () => { count.textContent = t.ticked(items.filter((i) => ticks(v).includes(i.id)).length, items.length); };
    const toggle = (id, on) => {
      const now = ticks(v).filter((x) => x !== id);
      if (on) now.push(id);
      v.proof = now.join(',');
      recount();
    };
    const list = el('ul', { class: 'proof-list', id: 'proof-list' }, items.map((i) => el('li', { class: 'proof-item' + (i.key ? ' key' : '') }, [
      el('input', { type: 'checkbox', id: 'proof-' + i.id, name: 'proof-' + i.id, checked: ticks(v).includes(i.id),
        'aria-describedby': 'proof-' + i.id + '-why', on: { change: (e) => toggle(i.id, e.target.checked) } }),
      el('div', null, [
        el('label', { for: 'proof-' + i.id }, [i.title, i.key && el('span', { class: 'badge key-badge', text: t.key })]),
        el('p', { class: 'proof-why', id: 'proof-' + i.id + '-why' }, [i.why + ' ', link(i.url, i.article)])])])));
    recount();
    // The .txt: the core's list, each ticked line marked.
    const txt = () => res.proofFile.text.split('\n').map((line) => {
      const item = items.find((i) => line.startsWith('☐ ' + i.title + ' — '));
      return item && ticks(v).includes(item.id) ? '☑' + line.slice(1) : line;
    }).join('\n') + '\n';
    const printList = () => {
      const letter = host.hasAttribute('data-letter');
      host.removeAttribute('data-letter');
      host.setAttribute('data-print', 'proof');
      addEventListener('afterprint', () => { host.removeAttribute('data-print'); if (letter) host.setAttribute('data-letter', ''); }, { once: true });
      print();
    };
    return el('section', { class: 'proof', 'aria-labelledby': 'proof-title' }, [
      el('h3', { id: 'proof-title', text: t.proof }),
      el('p', { class: 'hint', text: t.proofHint }),
      count, list,
      el('div', { class: 'actions' }, [
        el('button', { type: 'button', class: 'secondary', id: 'proof-print', text: t.proofPrint, on: { click: printList } }),
        el('button', { type: 'button', class: 'secondary', id: 'proof-txt', text: t.proofTxt, on: { click: () => {
          DroitConsoNextSteps.download(txt(), 'droitconso-proof-file-' + v.today + '.txt', 'text/plain;charset=utf-8');
          host.say(t.proofSaved);
        } } })])
    ]);
  }

  function show(res, ctx) {
    const t = text[ctx.lang], lang = ctx.lang, host = ctx.host;
    const outcome = t.verdict[res.outcome] ? res.outcome : 'cannot-tell';
    const nodes = [
      el('p', { class: 'lead', id: 'said', text: t.said + ' ' + res.reason.label }),
      el('p', { class: 'big ' + outcome, id: 'answer', text: t.verdict[outcome] }),
      el('p', { class: 'days', id: 'for-case', text: t.forCase[outcome] }),
      el('p', { id: 'article' }, [t.article + ' ', link(res.url, res.article)]),
      ...figures(t, res, lang),
      el('h3', { text: t.why }), steps(res.why)
    ];
    if (res.consequences && res.consequences.length) nodes.push(el('h3', { text: t.stillDue }), steps(res.consequences));
    if (res.reply) nodes.push(replySection(t, res, host));
    const next = res.next || {};
    if (next.stage || (next.steps && next.steps.length)) {
      nodes.push(el('h3', { text: t.next }));
      if (next.stage) nodes.push(el('p', { id: 'next-stage' }, [el('strong', { text: t.stage + ' ' }), next.stage.title]));
      nodes.push(steps(next.steps));
    }
    nodes.push(proofSection(t, res, host, lang));
    const summary = t.verdict[outcome] + '. ' + t.forCase[outcome] + ' ' + t.article + ' ' + res.article + '.';
    return { title: t.resultTitle, summary, nodes };
  }

  // The formal notice when the reply fails: the kind the core names, with the case's own facts.
  const LEADS = {
    refund: { fr: 'Si le vendeur ne répond pas ou maintient son refus : la mise en demeure de rembourser, par lettre recommandée avec avis de réception.',
      en: 'If the seller does not answer or keeps refusing: the formal notice to refund, by registered letter with acknowledgement of receipt.' },
    conformity: { fr: 'Si le produit est défectueux, la garantie légale de conformité reste due : la mise en demeure de le réparer ou de le remplacer.',
      en: 'If the product is faulty, the legal guarantee of conformity still applies: the formal notice to repair or replace it.' },
    hiddenDefect: { fr: 'Si le produit a un défaut caché, la garantie des vices cachés reste due : la réclamation au vendeur.',
      en: 'If the product has a hidden defect, the guarantee against hidden defects still applies: the claim to the seller.' }
  };

  function letter(v, res) {
    const kind = res.next && res.next.letter;
    const f = facts(v), lead = LEADS[kind];
    if (kind === 'refund') {
      const fields = Object.assign(f, { price: given(v.price), delivery: given(v.delivery) });
      return { kind, lead, fields, ask: ['product'].concat(fields.price ? [] : ['price'], fields.sellerInformed ? [] : ['sellerInformed']) };
    }
    if (kind === 'conformity') return { kind, lead, fields: { ordered: v.concluded, delivered: v.received }, ask: ['product', 'defect'],
      choices: { remedy: { label: { fr: 'Vous demandez', en: 'You ask for' }, options: [
        { value: 'repair', label: { fr: 'la réparation', en: 'repair' } }, { value: 'replacement', label: { fr: 'le remplacement', en: 'replacement' } }] } } };
    if (kind === 'hiddenDefect') return { kind, lead, fields: { bought: v.concluded, delivered: v.received }, ask: ['product', 'defect', 'discovered'],
      choices: { remedy: { label: { fr: 'Vous demandez', en: 'You ask for' }, options: [
        { value: 'returnAndRefund', label: { fr: 'le remboursement du prix contre le retour du bien', en: 'the price back, returning the goods' } },
        { value: 'partialRefund', label: { fr: 'une partie du prix, en gardant le bien', en: 'part of the price back, keeping the goods' } }] } } };
    return null;
  }

  // The plan when the reply fails (the refusal does not stand): the case's facts, the sum claimed.
  function plan(v, res) {
    if (res.outcome !== 'unlawful') return null;
    const c = res.case || {}, claim = c.lateRefund ? c.lateRefund.totalDue : c.sumsDue;
    return Object.assign(facts(v), claim ? { claimCents: claim.cents } : {});
  }

  DroitConsoJourneys.add({
    id: 'refusal',
    order: 4,
    question: 'refusal',
    text,
    fields: {
      reason: { kind: 'choice', options: reasonOptions },
      price: { kind: 'amount', optional: true }, delivery: { kind: 'amount', optional: true }, voucherAccepted: { kind: 'boolean' },
      proofOfShipmentSent: { kind: 'date', optional: true }, goodsReceivedBack: { kind: 'date', optional: true },
      territory: { kind: 'territory' }, today: { kind: 'today' }
    },
    screens: (v) => [['reason']].concat(REFUND_REASONS.includes(v.reason) ? [['price']] : [],
      RETURN_REASONS.includes(v.reason) ? [['proofOfShipmentSent', 'goodsReceivedBack']] : [], [['territory', 'today']]),
    request: (v) => {
      const req = { question: 'refusal', reason: v.reason, territory: v.territory, today: v.today };
      if (REFUND_REASONS.includes(v.reason)) req.price = given(v.price);
      if (RETURN_REASONS.includes(v.reason)) Object.assign(req, { proofOfShipmentSent: given(v.proofOfShipmentSent), goodsReceivedBack: given(v.goodsReceivedBack) });
      return req;
    },
    missing,
    keep: ['proof'],
    letter,
    plan,
    show
  });
})();
