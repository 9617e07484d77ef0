// « Je veux renvoyer un achat »: what was bought, the one date its withdrawal period starts from
// (L221-18), then where the person lives: the last day to withdraw (L221-19), the days left, the
// safe date, the L221-20 extension when the seller did not inform, how to withdraw (L221-21), and
// the return and refund due dates when the core gives them (core question `withdrawal`). The date
// comes first; the eligibility questions the core still lists are asked on request.
(() => {
  const { el, longDate, steps, link } = DroitConsoRender;
  const KINDS = ['goods', 'goods-several', 'subscription', 'service', 'utility', 'digital-content'];
  // The date each kind's period starts from (L221-18): receipt for goods, conclusion otherwise.
  const START_FIELD = { 'goods': 'received', 'goods-several': 'received', 'subscription': 'received',
    'service': 'concluded', 'utility': 'concluded', 'digital-content': 'concluded' };
  // A case saved before the page asked what was bought holds a parcel: the only kind it then offered.
  const kindOf = (v) => (KINDS.includes(v.contract) ? v.contract : 'goods');
  const given = (x) => (x === undefined || x === '' ? undefined : x);

  const text = {
    fr: {
      situation: 'Je veux renvoyer un achat',
      situationHint: 'Délai de rétractation : jusqu\'à quand pouvez-vous renoncer ?',
      fields: {
        contract: { label: 'Qu\'avez-vous acheté ?', hint: 'Le délai de 14 jours ne part pas du même jour selon l\'achat (article L221-18).' },
        informed: { label: 'Avant l\'achat, le vendeur vous a-t-il informé de votre droit de rétractation ?',
          hint: 'Dans ses conditions de vente ou la confirmation de commande : le délai de 14 jours, comment se rétracter, le formulaire type. Sans cette information, le délai est prolongé de 12 mois (article L221-20).' },
        informationReceived: { label: 'Avez-vous reçu cette information plus tard ? Si oui, quel jour ? (facultatif)',
          hint: 'Reçue après la fin des 14 jours, elle fait courir un nouveau délai de 14 jours à partir de sa réception (article L221-20). Laissez vide sinon.' },
        withdrawalSent: { label: 'Déjà rétracté ? Le jour où vous avez envoyé votre rétractation (facultatif)',
          hint: 'Laissez vide si vous ne l\'avez pas encore envoyée. Avec cette date : si elle est partie à temps, et ce qui suit (renvoi du bien, remboursement).' }
      },
      kinds: {
        'goods': 'Un colis, livré en une fois',
        'goods-several': 'Une commande livrée en plusieurs colis, ou un bien livré en plusieurs lots ou pièces',
        'subscription': 'Un abonnement : des produits livrés régulièrement (box, magazine…)',
        'service': 'Un service (travaux, cours, réparation, location, prestation…)',
        'utility': 'De l\'eau, du gaz, de l\'électricité ou du chauffage urbain',
        'digital-content': 'Un contenu numérique sans support matériel (téléchargement, jeu, logiciel ou livre en ligne…)'
      },
      informedOptions: { yes: 'Oui', no: 'Non', unknown: 'Je ne sais pas' },
      // The start date, asked in the words of what was bought.
      start: {
        'goods': ['Quel jour avez-vous reçu votre colis ?',
          'Le jour où vous (ou la personne que vous avez désignée) l\'avez reçu : pas le jour d\'expédition, ni celui où le transporteur l\'a annoncé.'],
        'goods-several': ['Quel jour avez-vous reçu le dernier colis de la commande ?',
          'Le délai part de la réception du dernier colis, lot ou pièce, pas du premier (article L221-18). Tout n\'est pas encore arrivé ? Le délai n\'a pas encore commencé.'],
        'subscription': ['Quel jour avez-vous reçu la première livraison ?',
          'Pour des produits livrés régulièrement, le délai part de la réception de la première livraison, pas des suivantes (article L221-18).'],
        'service': ['Quel jour avez-vous conclu le contrat ?',
          'Le jour où vous avez validé la commande ou signé le contrat : pas celui où le service commence (article L221-18).'],
        'utility': ['Quel jour avez-vous conclu le contrat ?',
          'Le jour où vous avez souscrit (commande validée, contrat signé) : pas celui de la mise en service (article L221-18).'],
        'digital-content': ['Quel jour avez-vous conclu le contrat ?',
          'Le jour où vous avez validé l\'achat : pas celui du téléchargement (article L221-18).']
      },
      startRule: {
        'receipt': (d) => 'Le délai part de la réception de votre colis, le ' + d + ' (ce jour ne compte pas).',
        'last-receipt': (d) => 'Le délai part de la réception du dernier colis, le ' + d + ' (ce jour ne compte pas).',
        'first-receipt': (d) => 'Le délai part de la réception de la première livraison, le ' + d + ' (ce jour ne compte pas).',
        'conclusion': (d) => 'Le délai part de la conclusion du contrat, le ' + d + ' (ce jour ne compte pas).'
      },
      mayWithdrawFrom: (d) => 'Achat hors établissement : vous pouvez vous rétracter dès la conclusion du contrat, le ' + d + ', sans attendre la livraison.',
      resultTitle: 'Votre délai de rétractation',
      until: 'Vous pouvez vous rétracter jusqu\'au',
      inclusive: 'Ce jour compris.',
      daysLeft: (n) => n === 0 ? 'C\'est aujourd\'hui le dernier jour : envoyez votre rétractation avant minuit.' : n === 1 ? 'Il vous reste 1 jour.' : 'Il vous reste ' + n + ' jours.',
      latestNote: (d) => 'Date sûre. Si le jour férié incertain expliqué ci-dessous est chômé chez vous, le délai court jusqu\'au ' + d + '.',
      uncertain: 'La date sûre est passée :',
      uncertainRest: (d) => 'Le délai peut encore courir jusqu\'au ' + d + ', selon le jour férié expliqué ci-dessous. Agissez aujourd\'hui.',
      closed: 'Le délai de rétractation a pris fin le',
      sentOk: 'Rétractation envoyée dans le délai, qui finit le',
      caveat: 'Cette date vaut si le droit de rétractation s\'applique à votre achat : c\'est le cas pour un achat à distance (en ligne, par téléphone) ou hors établissement à un professionnel, sauf les exceptions de la loi. Vérifiez-le avec les questions ci-dessous.',
      ifInformed: 'Cette date vaut si le vendeur vous a informé de votre droit de rétractation avant l\'achat.',
      ifNotInformed: (d) => 'S\'il ne l\'a pas fait, le délai est prolongé de 12 mois : jusqu\'au ' + d + ' (article L221-20).',
      ifNotInformedOpen: (n) => n === 0 ? 'Dans ce cas, c\'est aujourd\'hui le dernier jour.' : 'Dans ce cas, il vous reste ' + n + ' jour' + (n > 1 ? 's' : '') + '.',
      extended: (d) => 'Le vendeur ne vous a pas informé de votre droit : le délai de 14 jours, qui finissait le ' + d + ', est prolongé de 12 mois (article L221-20).',
      extendedByInfo: (d) => 'Le délai de 14 jours finissait le ' + d + ' ; l\'information reçue pendant la prolongation fait courir 14 jours à partir de sa réception (article L221-20).',
      infoInTime: 'L\'information est arrivée avant la fin des 14 jours : pas de prolongation (article L221-20).',
      otherReading: (d) => 'Autre lecture possible (12 mois comptés depuis la fin du délai avant son report) : le ' + d + '. Pour ne rien risquer, agissez au plus tard ce jour-là.',
      noRight: 'Pas de droit de rétractation pour cet achat',
      stillDue: 'Ce qui reste dû :',
      howTitle: 'Comment vous rétracter : le formulaire type ou toute déclaration claire, envoyée avant la fin du délai ; gardez-en la preuve',
      notesTitle: (owed) => 'Bon à savoir : ' + (owed ? 'ce que vous devez si vous vous rétractez après le début, ' : '') + 'les clauses du vendeur sans effet',
      returnTitle: 'Renvoyer le bien',
      returnBy: (d) => 'À renvoyer au plus tard le ' + d + '.',
      sellerCollects: 'Le vendeur a proposé de récupérer le bien : vous n\'avez pas à le renvoyer vous-même.',
      refundTitle: 'Votre remboursement',
      refundDue: (d) => 'Le vendeur doit vous rembourser au plus tard le ' + d + '.',
      refundUnknown: 'La date limite du remboursement dépend d\'un fait encore inconnu : expliqué ci-dessous.',
      refundFromInformed: 'Le vendeur doit vous rembourser dans les 14 jours qui suivent le jour où il a été informé de votre rétractation (article L221-24). Pour cette date, et la majoration due en cas de retard, choisissez « J\'attends mon remboursement » (bouton « Autre situation »).',
      sentInTime: { yes: (d) => 'Votre rétractation, envoyée le ' + d + ', l\'a été dans le délai.',
        uncertain: (d) => 'Votre rétractation, envoyée le ' + d + ', l\'a été après la date sûre mais avant la date la plus tardive : elle est dans le délai si le jour férié incertain expliqué ci-dessous est chômé chez vous.',
        no: (d) => 'Votre rétractation, envoyée le ' + d + ', l\'a été après la fin du délai.' },
      decidedBy: {
        'informed-plus-14-days': '14 jours après que le vendeur a été informé de votre rétractation.',
        'goods-received-back': 'Le jour où le vendeur a récupéré le bien (il pouvait attendre jusque-là).',
        'proof-of-shipment': 'Le jour où vous avez fourni la preuve d\'expédition (il pouvait attendre jusque-là).',
        'not-yet-known': 'Le vendeur peut attendre de récupérer le bien ou d\'avoir la preuve de son expédition.'
      }
    },
    en: {
      situation: 'I want to send a purchase back',
      situationHint: 'Withdrawal period: until when can you cancel?',
      fields: {
        contract: { label: 'What did you buy?', hint: 'The 14-day period does not start on the same day for every purchase (article L221-18).' },
        informed: { label: 'Before the purchase, did the seller inform you of your right of withdrawal?',
          hint: 'In its terms of sale or the order confirmation: the 14-day period, how to withdraw, the model form. Without this information, the period is extended by 12 months (article L221-20).' },
        informationReceived: { label: 'Did you receive that information later? If so, on what day? (optional)',
          hint: 'Received after the 14 days were over, it starts a new 14-day period from its receipt (article L221-20). Leave empty otherwise.' },
        withdrawalSent: { label: 'Already withdrawn? The day you sent your withdrawal (optional)',
          hint: 'Leave empty if you have not sent it yet. With this date: whether it left in time, and what follows (sending the goods back, the refund).' }
      },
      kinds: {
        'goods': 'One parcel, delivered in one go',
        'goods-several': 'One order delivered in several parcels, or one item delivered in several lots or parts',
        'subscription': 'A subscription: products delivered regularly (box, magazine…)',
        'service': 'A service (work, lessons, repair, rental…)',
        'utility': 'Water, gas, electricity or district heating',
        'digital-content': 'Digital content without a tangible medium (download, online game, software or e-book…)'
      },
      informedOptions: { yes: 'Yes', no: 'No', unknown: 'I do not know' },
      start: {
        'goods': ['On what day did you receive your parcel?',
          'The day you (or the person you designated) received it: not the day it was shipped, nor the day the carrier announced.'],
        'goods-several': ['On what day did you receive the last parcel of the order?',
          'The period runs from receipt of the last parcel, lot or part, not the first (article L221-18). Not everything has arrived yet? The period has not started.'],
        'subscription': ['On what day did you receive the first delivery?',
          'For products delivered regularly, the period runs from receipt of the first delivery, not the later ones (article L221-18).'],
        'service': ['On what day did you conclude the contract?',
          'The day you confirmed the order or signed the contract: not the day the service begins (article L221-18).'],
        'utility': ['On what day did you conclude the contract?',
          'The day you subscribed (order confirmed, contract signed): not the day the supply began (article L221-18).'],
        'digital-content': ['On what day did you conclude the contract?',
          'The day you confirmed the purchase: not the day of the download (article L221-18).']
      },
      startRule: {
        'receipt': (d) => 'The period runs from receipt of your parcel, on ' + d + ' (that day is not counted).',
        'last-receipt': (d) => 'The period runs from receipt of the last parcel, on ' + d + ' (that day is not counted).',
        'first-receipt': (d) => 'The period runs from receipt of the first delivery, on ' + d + ' (that day is not counted).',
        'conclusion': (d) => 'The period runs from the conclusion of the contract, on ' + d + ' (that day is not counted).'
      },
      mayWithdrawFrom: (d) => 'Off-premises purchase: you may withdraw from the conclusion of the contract, on ' + d + ', without waiting for delivery.',
      resultTitle: 'Your withdrawal period',
      until: 'You can withdraw until',
      inclusive: 'That day included.',
      daysLeft: (n) => n === 0 ? 'Today is the last day: send your withdrawal before midnight.' : n === 1 ? '1 day left.' : n + ' days left.',
      latestNote: (d) => 'Safe date. If the uncertain holiday explained below is a day off where you live, the period runs until ' + d + '.',
      uncertain: 'The safe date has passed:',
      uncertainRest: (d) => 'The period may still run until ' + d + ', depending on the holiday explained below. Act today.',
      closed: 'The withdrawal period ended on',
      sentOk: 'Withdrawal sent within the period, which ends on',
      caveat: 'This date holds if the right of withdrawal applies to your purchase: it does for a purchase at a distance (online, by phone) or off-premises from a professional, except in the cases the law lists. Check it with the questions below.',
      ifInformed: 'This date holds if the seller informed you of your right of withdrawal before the purchase.',
      ifNotInformed: (d) => 'If it did not, the period is extended by 12 months: until ' + d + ' (article L221-20).',
      ifNotInformedOpen: (n) => n === 0 ? 'In that case, today is the last day.' : 'In that case, ' + n + ' day' + (n > 1 ? 's' : '') + ' left.',
      extended: (d) => 'The seller did not inform you of your right: the 14-day period, which ended on ' + d + ', is extended by 12 months (article L221-20).',
      extendedByInfo: (d) => 'The 14-day period ended on ' + d + '; the information received during the extension starts 14 days from its receipt (article L221-20).',
      infoInTime: 'The information arrived before the 14 days were over: no extension (article L221-20).',
      otherReading: (d) => 'Another possible reading (12 months counted from the period\'s end before it was moved past closed days): ' + d + '. To be safe, act on that day at the latest.',
      noRight: 'No right of withdrawal for this purchase',
      stillDue: 'What still applies:',
      howTitle: 'How to withdraw: the model form or any clear statement, sent before the period ends; keep proof of it',
      notesTitle: (owed) => 'Good to know: ' + (owed ? 'what you owe if you withdraw after it began, ' : '') + 'the seller\'s clauses that have no effect',
      returnTitle: 'Sending the goods back',
      returnBy: (d) => 'Send them back by ' + d + ' at the latest.',
      sellerCollects: 'The seller offered to collect the goods: you do not have to send them back yourself.',
      refundTitle: 'Your refund',
      refundDue: (d) => 'The seller must refund you by ' + d + ' at the latest.',
      refundUnknown: 'The refund\'s due date depends on a fact not known yet: explained below.',
      refundFromInformed: 'The seller must refund you within 14 days of the day it was informed of your withdrawal (article L221-24). For that date, and the increase owed if it is late, choose "I am waiting for my refund" ("Another situation" button).',
      sentInTime: { yes: (d) => 'Your withdrawal, sent on ' + d + ', was sent in time.',
        uncertain: (d) => 'Your withdrawal, sent on ' + d + ', was sent after the safe date but before the latest one: it is in time if the uncertain holiday explained below is a day off where you live.',
        no: (d) => 'Your withdrawal, sent on ' + d + ', was sent after the period ended.' },
      decidedBy: {
        'informed-plus-14-days': '14 days after the seller was informed of your withdrawal.',
        'goods-received-back': 'The day the seller got the goods back (it could wait until then).',
        'proof-of-shipment': 'The day you gave proof of shipment (it could wait until then).',
        'not-yet-known': 'The seller may wait until it gets the goods back or has proof they were shipped.'
      }
    }
  };

  // The extension (L221-20): decided (infoGiven false), or the later date and what it depends on.
  function information(res, t, lang, nodes) {
    const day = (iso) => longDate(iso, lang);
    if (res.extension) {
      const e = res.extension;
      const lead = e.rule === 'information-in-time' ? t.infoInTime
        : e.rule === 'fourteen-days-from-information' ? t.extendedByInfo(day(res.initialDeadline.safe)) : t.extended(day(res.initialDeadline.safe));
      nodes.push(el('p', { class: 'note', id: 'extension', text: lead }));
      if (e.unrolledReading && e.rule === 'twelve-months') nodes.push(el('p', { class: 'note', id: 'other-reading', text: t.otherReading(day(e.unrolledReading.safe || e.unrolledReading)) }));
      return '';
    }
    const alt = res.ifNotInformed;
    if (!alt || !alt.deadline || res.sentInTime === 'yes') return '';
    const later = t.ifNotInformed(day(alt.deadline.safe)) + (res.status === 'closed' && alt.status !== 'closed' ? ' ' + t.ifNotInformedOpen(alt.daysLeft) : '');
    nodes.push(el('div', { class: 'note', id: 'if-not-informed' }, [el('p', { text: t.ifInformed }), el('p', { text: later })]));
    return ' ' + t.ifInformed + ' ' + later;
  }

  // After the withdrawal was sent: the return and refund due dates, each with its explanation.
  function afterWithdrawal(res, t, lang, nodes, sent) {
    if (!res.sentInTime) return '';
    const said = t.sentInTime[res.sentInTime](longDate(sent, lang));
    nodes.push(el('p', { class: 'note', id: 'sent-in-time', text: said }));
    if (res.returnBy) {
      const r = res.returnBy;
      nodes.push(el('h3', { text: t.returnTitle }),
        el('p', { id: 'return-by', text: r.safe ? t.returnBy(longDate(r.safe, lang)) : r.sellerCollects ? t.sellerCollects : '' }),
        steps(r.steps));
    }
    if (res.refundDue) {
      const r = res.refundDue;
      nodes.push(el('h3', { text: t.refundTitle }),
        el('p', { id: 'refund-due', text: r.safe ? t.refundDue(longDate(r.safe, lang)) : r.decidedBy ? t.refundUnknown : t.refundFromInformed }),
        r.decidedBy && el('p', { class: 'note', id: 'refund-decided-by', text: t.decidedBy[r.decidedBy] || '' }),
        steps(r.steps));
    }
    return ' ' + said;
  }

  function show(res, ctx) {
    const t = text[ctx.lang], lang = ctx.lang;
    if (res.outcome === 'does-not-apply') {
      return { title: t.resultTitle, summary: t.noRight + '. ' + res.reason.text,
        nodes: [el('p', { class: 'big closed', id: 'answer', text: t.noRight }),
          el('p', { class: 'days', id: 'reason' }, [res.reason.text + ' ', link(res.reason.url, res.reason.article)]),
          el('h3', { text: t.stillDue }), el('div', { id: 'consequences' }, [steps(res.consequences)])] };
    }
    const safe = longDate(res.deadline.safe, lang), latest = longDate(res.deadline.latest, lang);
    const nodes = [];
    let summary;
    if (res.sentInTime === 'yes') {
      summary = t.sentOk + ' ' + safe + '.';
      nodes.push(el('p', { class: 'lead', text: t.sentOk }), el('p', { class: 'big', id: 'answer', text: safe }));
    } else if (res.status === 'open') {
      const days = t.daysLeft(res.daysLeft);
      summary = t.until + ' ' + safe + '. ' + t.inclusive + ' ' + days;
      nodes.push(el('p', { class: 'lead', text: t.until }),
        el('p', { class: 'big', id: 'answer', text: safe }),
        el('p', { class: 'days', id: 'days-left', text: t.inclusive + ' ' + days }));
      if (res.deadline.latest !== res.deadline.safe) nodes.push(el('p', { class: 'note', id: 'latest', text: t.latestNote(latest) }));
    } else if (res.status === 'uncertain') {
      summary = t.uncertain + ' ' + safe + '. ' + t.uncertainRest(latest);
      nodes.push(el('p', { class: 'lead', text: t.uncertain }),
        el('p', { class: 'big warn', id: 'answer', text: safe }),
        el('p', { class: 'days', id: 'latest', text: t.uncertainRest(latest) }));
    } else {
      summary = t.closed + ' ' + safe + '.';
      nodes.push(el('p', { class: 'lead', text: t.closed }), el('p', { class: 'big closed', id: 'answer', text: safe }));
    }
    if (res.start) {
      nodes.push(el('p', { id: 'start', text: t.startRule[res.start.rule](longDate(res.start.date, lang)) }));
      if (res.start.mayWithdrawFrom) nodes.push(el('p', { class: 'note', id: 'may-withdraw-from', text: t.mayWithdrawFrom(longDate(res.start.mayWithdrawFrom, lang)) }));
    }
    summary += information(res, t, lang, nodes);
    if (res.outcome === 'cannot-tell') {
      nodes.push(el('p', { class: 'note', id: 'caveat', text: t.caveat }));
      summary += ' ' + t.caveat;
    }
    summary += afterWithdrawal(res, t, lang, nodes, ctx.values.withdrawalSent);
    if (res.howTo && res.status !== 'closed' && !res.sentInTime) {
      // Folded, its summary saying the essential: the steps, each with its article, one click away.
      nodes.push(el('details', { class: 'how-to', id: 'how-to' }, [el('summary', { text: t.howTitle }), steps(res.howTo.steps)]));
    }
    if (res.notes && res.notes.length) nodes.push(el('details', { class: 'notes', id: 'notes' }, [el('summary', { text: t.notesTitle(res.notes.some((n) => n.article === 'L221-25' || n.article === 'L221-26')) }), steps(res.notes)]));
    return { title: t.resultTitle, summary, nodes };
  }

  const options = (key, values) => values.map((value) => ({ value, label: { fr: text.fr[key][value], en: text.en[key][value] } }));
  // The start date's question, in the words of what was bought.
  const startSpec = (v) => {
    const kind = kindOf(v);
    return { id: START_FIELD[kind], kind: 'date', label: { fr: text.fr.start[kind][0], en: text.en.start[kind][0] }, hint: { fr: text.fr.start[kind][1], en: text.en.start[kind][1] } };
  };

  DroitConsoJourneys.add({
    id: 'withdrawal',
    order: 1,
    question: 'withdrawal',
    text,
    fields: {
      // The commonest purchase is chosen beforehand, as metropolitan France is: the date's question
      // below names it, and any other choice changes that question at once.
      contract: { kind: 'choice', options: options('kinds', KINDS), default: 'goods' },
      received: { kind: 'date' }, concluded: { kind: 'date' },
      informed: { kind: 'choice', options: options('informedOptions', ['yes', 'no', 'unknown']), optional: true },
      informationReceived: { kind: 'date', optional: true },
      withdrawalSent: { kind: 'date', optional: true },
      territory: { kind: 'territory' }, today: { kind: 'today' }
    },
    screens: (v) => [['contract', startSpec(v)], ['territory', 'informed', ...(v.informed === 'no' ? ['informationReceived'] : []), 'withdrawalSent', 'today']],
    request: (v) => {
      const kind = kindOf(v), start = START_FIELD[kind];
      const req = { question: 'withdrawal', contract: kind, territory: v.territory, today: v.today };
      req[start] = given(v[start]);
      if (v.informed === 'yes' || v.informed === 'no') req.infoGiven = v.informed === 'yes';
      if (v.informed === 'no') req.informationReceived = given(v.informationReceived);
      req.withdrawalSent = given(v.withdrawalSent);
      return req;
    },
    // The core gives the dates while eligibility questions are open: the date first, the questions after.
    partial: (res) => !!res.deadline,
    // While the period is open: the withdrawal declaration (the model form of R221-1).
    letter: (v, res) => {
      if (!(res.status === 'open' && res.outcome !== 'does-not-apply' && !res.sentInTime)) return null;
      const kind = kindOf(v), start = START_FIELD[kind], fields = { territory: v.territory, contract: kind };
      fields[start] = v[start];
      if (v.informed === 'yes' || v.informed === 'no') fields.infoGiven = v.informed === 'yes';
      if (v.informed === 'no' && given(v.informationReceived)) fields.informationReceived = v.informationReceived;
      return { kind: 'withdrawal', fields, ask: ['product'] };
    },
    show
  });
})();
