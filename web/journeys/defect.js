// « Mon produit est défectueux »: the legal guarantee of conformity (core question `conformity`,
// L217-3 and following) or the guarantee against hidden defects (`hiddenDefect`, C. civ. 1641 and
// following), chosen by the person's first answer.
(() => {
  const { el, longDate } = DroitConsoRender;
  const yesNo = [{ value: 'true', label: { fr: 'Oui', en: 'Yes' } }, { value: 'false', label: { fr: 'Non', en: 'No' } }];

  const text = {
    fr: {
      situation: 'Mon produit est défectueux',
      situationHint: 'Garantie légale de conformité, vices cachés : ce que vous pouvez exiger, et jusqu\'à quand.',
      fields: {
        guarantee: { label: 'Quelle garantie voulez-vous vérifier ?', hint: 'Achat à un professionnel : la garantie légale de conformité est la plus simple. Le vice caché vaut aussi entre particuliers.' },
        contract: { label: 'Quel jour avez-vous passé commande (conclu le contrat) ?' },
        delivered: { label: 'Quel jour le produit vous a-t-il été livré ?' },
        condition: { label: 'Le produit était-il neuf ou d\'occasion ?' },
        defectAppeared: { label: 'Quel jour le défaut est-il apparu ?' },
        requested: { label: 'Quel jour avez-vous demandé la réparation ou le remplacement au vendeur ? (facultatif)', hint: 'Laissez vide si vous ne l\'avez pas encore demandé.' },
        sale: { label: 'Quel jour l\'avez-vous acheté ?' },
        discovered: { label: 'Quel jour avez-vous découvert le défaut ?' },
        sellerKnew: { label: 'Le vendeur connaissait-il le défaut ?', hint: 'Si oui, il vous doit aussi des dommages et intérêts (à prouver).' }
      },
      options: { conformity: 'Garantie légale de conformité (vendeur professionnel)', hidden: 'Vice caché (défaut antérieur à la vente, invisible à l\'achat)', new: 'Neuf', secondHand: 'D\'occasion',
        returnAndRefund: 'le remboursement du prix, contre la restitution du bien', partialRefund: 'une partie du prix, en gardant le bien' },
      youAsk: 'Vous demandez',
      conformityTitle: 'Votre garantie légale de conformité',
      hiddenTitle: 'Votre action pour vice caché',
      until: 'Le vendeur répond des défauts apparus jusqu\'au',
      actUntil: 'Vous pouvez agir jusqu\'au',
      daysLeft: (n) => n === 0 ? 'C\'est aujourd\'hui le dernier jour.' : 'Il vous reste ' + n + ' jour' + (n > 1 ? 's' : '') + '.',
      closed: 'Ce délai est passé.',
      suspended: 'Garantie suspendue : le bien est chez le vendeur.',
      presumed: 'Le défaut est présumé exister à la livraison : c\'est au vendeur de prouver le contraire.',
      notPresumed: 'Le défaut n\'est plus présumé : vous devrez prouver qu\'il existait à la livraison.',
      remedies: 'Ce que vous pouvez exiger aujourd\'hui',
      remedy: { repair: 'la réparation', replacement: 'le remplacement', priceReduction: 'une réduction du prix', cancellation: 'l\'annulation de la vente (remboursement)' },
      sellerDeadline: (d) => 'Le vendeur a jusqu\'au ' + d + ' pour réparer ou remplacer.',
      notCovered: 'Contrat non couvert ici',
      notCoveredText: 'Ce contrat relève de règles plus anciennes que DroitConso ne calcule pas : faites-vous aider (ci-dessous).',
      damages: 'Le vendeur connaissait le défaut : il vous doit aussi des dommages et intérêts.'
    },
    en: {
      situation: 'My product is faulty',
      situationHint: 'Legal guarantee of conformity, hidden defects: what you can demand, and until when.',
      fields: {
        guarantee: { label: 'Which guarantee do you want to check?', hint: 'Bought from a professional: the legal guarantee of conformity is the simplest. Hidden defects also apply between private persons.' },
        contract: { label: 'On what day did you order (conclude the contract)?' },
        delivered: { label: 'On what day was the product delivered to you?' },
        condition: { label: 'Was the product new or second-hand?' },
        defectAppeared: { label: 'On what day did the defect appear?' },
        requested: { label: 'On what day did you ask the seller to repair or replace it? (optional)', hint: 'Leave empty if you have not asked yet.' },
        sale: { label: 'On what day did you buy it?' },
        discovered: { label: 'On what day did you discover the defect?' },
        sellerKnew: { label: 'Did the seller know of the defect?', hint: 'If so, it also owes you damages (to be proven).' }
      },
      options: { conformity: 'Legal guarantee of conformity (professional seller)', hidden: 'Hidden defect (existed before the sale, invisible when buying)', new: 'New', secondHand: 'Second-hand',
        returnAndRefund: 'the price back, against the return of the goods', partialRefund: 'part of the price back, keeping the goods' },
      youAsk: 'You ask for',
      conformityTitle: 'Your legal guarantee of conformity',
      hiddenTitle: 'Your hidden-defect claim',
      until: 'The seller answers for defects appearing until',
      actUntil: 'You can act until',
      daysLeft: (n) => n === 0 ? 'Today is the last day.' : n + ' day' + (n > 1 ? 's' : '') + ' left.',
      closed: 'This period is over.',
      suspended: 'Guarantee suspended: the goods are with the seller.',
      presumed: 'The defect is presumed to have existed at delivery: the seller must prove otherwise.',
      notPresumed: 'The defect is no longer presumed: you must prove it existed at delivery.',
      remedies: 'What you can demand today',
      remedy: { repair: 'repair', replacement: 'replacement', priceReduction: 'a price reduction', cancellation: 'cancellation of the sale (refund)' },
      sellerDeadline: (d) => 'The seller has until ' + d + ' to repair or replace.',
      notCovered: 'Contract not covered here',
      notCoveredText: 'This contract falls under older rules DroitConso does not compute: get help (below).',
      damages: 'The seller knew of the defect: it also owes you damages.'
    }
  };

  function dateBlock(t, lang, lead, date, status, daysLeft, nodes) {
    nodes.push(el('p', { class: 'lead', text: lead }),
      el('p', { class: 'big' + (status === 'closed' ? ' closed' : ''), id: 'answer', text: longDate(date, lang) }),
      el('p', { class: 'days', id: 'days-left', text: status === 'closed' ? t.closed : t.daysLeft(daysLeft) }));
    return lead + ' ' + longDate(date, lang) + '. ' + (status === 'closed' ? t.closed : t.daysLeft(daysLeft));
  }

  function show(res, ctx) {
    const t = text[ctx.lang], lang = ctx.lang, nodes = [];
    let summary = '';
    if (res.question === 'hiddenDefect') {
      summary = dateBlock(t, lang, t.actUntil, res.deadline, res.status, res.daysLeft, nodes);
      if (res.damages) nodes.push(el('p', { class: 'note', text: t.damages }));
      nodes.push(el('h3', { text: t.remedies }), DroitConsoRender.steps(res.steps.filter((s) => s.article === 'C. civ. 1644')));
      return { title: t.hiddenTitle, summary, nodes, next: { title: 'Information', steps: res.information } };
    }
    if (res.outcome === 'notCovered') {
      return { title: t.notCovered, summary: t.notCoveredText, nodes: [el('p', { class: 'big closed', id: 'answer', text: t.notCovered }), el('p', { text: t.notCoveredText })] };
    }
    const g = res.guarantee, p = res.presumption;
    if (g.status === 'suspended') { summary = t.suspended; nodes.push(el('p', { class: 'big', id: 'answer', text: t.suspended })); }
    else summary = dateBlock(t, lang, t.until, g.until, g.status, g.daysLeft, nodes);
    if (p.presumed !== null) nodes.push(el('p', { class: 'note', id: 'presumption', text: p.presumed ? t.presumed : t.notPresumed }));
    if (res.remedies) {
      nodes.push(el('h3', { text: t.remedies }), el('ul', { id: 'remedies' }, res.remedies.available.map((r) => el('li', { text: t.remedy[r] || r }))));
      if (res.remedies.sellerDeadline) nodes.push(el('p', { id: 'seller-deadline', text: t.sellerDeadline(longDate(res.remedies.sellerDeadline, lang)) }));
    }
    return { title: t.conformityTitle, summary, nodes, next: { title: 'Information', steps: res.information } };
  }

  const given = (v) => (v === undefined || v === '' ? undefined : v);
  const yes = (v) => (v === undefined ? undefined : v === 'true');   // a Oui/Non answer, as the core's boolean
  const opt = (value) => ({ value, label: { fr: text.fr.options[value], en: text.en.options[value] } });
  // Both letters of this journey: the product and the defect typed, the remedy chosen among `remedies`
  // (worded as in the list of remedies, or as the hidden-defect options).
  const remedyLabel = (lang, r) => text[lang].remedy[r] || text[lang].options[r];
  const defectLetter = (kind, fields, remedies) => ({ kind, fields, ask: ['product', 'defect'],
    choices: { remedy: { label: { fr: text.fr.youAsk, en: text.en.youAsk },
      options: remedies.map((r) => ({ value: r, label: { fr: remedyLabel('fr', r), en: remedyLabel('en', r) } })) } } });

  DroitConsoJourneys.add({
    id: 'defect',
    order: 3,
    question: 'conformity',
    text,
    fields: {
      guarantee: { kind: 'choice', options: [opt('conformity'), opt('hidden')] },
      contract: { kind: 'date' }, delivered: { kind: 'date' }, condition: { kind: 'choice', options: [opt('new'), opt('secondHand')] },
      defectAppeared: { kind: 'date' }, requested: { kind: 'date', optional: true },
      sale: { kind: 'date' }, discovered: { kind: 'date' }, sellerKnew: { kind: 'choice', options: yesNo },
      territory: { kind: 'territory' }, today: { kind: 'today' }
    },
    screens: (v) => v.guarantee === 'hidden'
      ? [['guarantee'], ['sale', 'discovered'], ['sellerKnew'], ['territory', 'today']]
      : [['guarantee'], ['contract', 'delivered'], ['condition'], ['defectAppeared', 'requested'], ['territory', 'today']],
    request: (v) => v.guarantee === 'hidden'
      ? { question: 'hiddenDefect', sale: given(v.sale), discovered: given(v.discovered), sellerKnew: yes(v.sellerKnew), territory: v.territory, today: v.today }
      : { question: 'conformity', item: 'goods', contract: given(v.contract), delivered: given(v.delivered), condition: v.condition,
        defectAppeared: given(v.defectAppeared), requested: given(v.requested), territory: v.territory, today: v.today },
    // Conformity, covered and from 2022: the formal notice to repair or replace (L217-10). Hidden
    // defect, still in time: the claim (C. civ. 1641, 1644; 1645 when the seller knew).
    letter: (v, res) => (res.question === 'conformity' && res.outcome === 'answered' && res.regime === 'from2022' && res.remedies
      ? defectLetter('conformity', { ordered: v.contract, delivered: v.delivered, noticed: v.defectAppeared }, ['repair', 'replacement'])
      : res.question === 'hiddenDefect' && res.outcome === 'answered' && res.status === 'open'
        ? defectLetter('hiddenDefect', { bought: v.sale, discovered: v.discovered, sellerKnew: yes(v.sellerKnew) },
          ['returnAndRefund', 'partialRefund'])
        : null),
    show
  });
})();
