// « Je veux renvoyer un achat »: the last day to withdraw from a distance purchase of goods
// (core question `withdrawal`, L221-18 and L221-19), the days left, the safe date.
(() => {
  const { el, longDate } = DroitConsoRender;

  const text = {
    fr: {
      situation: 'Je veux renvoyer un achat',
      situationHint: 'Délai de rétractation : jusqu\'à quand pouvez-vous renoncer ?',
      fields: {
        received: { label: 'Quand avez-vous reçu votre achat ?', hint: 'Le jour où vous (ou la personne que vous avez désignée) l\'avez reçu : pas le jour d\'expédition, ni celui annoncé par le transporteur.' }
      },
      resultTitle: 'Votre délai de rétractation',
      until: 'Vous pouvez vous rétracter jusqu\'au',
      inclusive: 'Ce jour compris.',
      daysLeft: (n) => n === 0 ? 'C\'est aujourd\'hui le dernier jour : envoyez votre rétractation avant minuit.' : n === 1 ? 'Il vous reste 1 jour.' : 'Il vous reste ' + n + ' jours.',
      latestNote: (d) => 'Date sûre. Si le jour férié incertain expliqué ci-dessous est chômé chez vous, le délai court jusqu\'au ' + d + '.',
      uncertain: 'La date sûre est passée :',
      uncertainRest: (d) => 'Le délai peut encore courir jusqu\'au ' + d + ', selon le jour férié expliqué ci-dessous. Agissez aujourd\'hui.',
      closed: 'Le délai de rétractation a pris fin le',
      caveat: 'Cette date vaut si le droit de rétractation s\'applique à votre achat : c\'est le cas pour un bien acheté à distance (en ligne, par téléphone) ou hors établissement à un professionnel, sauf les exceptions de la loi. Vérifiez-le avec les questions ci-dessous.',
      ifNotInformed: (d) => 'Si le vendeur ne vous a pas informé de votre droit de rétractation, le délai est prolongé jusqu\'au ' + d + '.',
      noRight: 'Pas de droit de rétractation pour cet achat',
      stillDue: 'Ce qui reste dû :'
    },
    en: {
      situation: 'I want to send a purchase back',
      situationHint: 'Withdrawal period: until when can you cancel?',
      fields: {
        received: { label: 'When did you receive your purchase?', hint: 'The day you (or the person you designated) received it: not the day it was shipped, nor the day the carrier announced.' }
      },
      resultTitle: 'Your withdrawal period',
      until: 'You can withdraw until',
      inclusive: 'That day included.',
      daysLeft: (n) => n === 0 ? 'Today is the last day: send your withdrawal before midnight.' : n === 1 ? '1 day left.' : n + ' days left.',
      latestNote: (d) => 'Safe date. If the uncertain holiday explained below is a day off where you live, the period runs until ' + d + '.',
      uncertain: 'The safe date has passed:',
      uncertainRest: (d) => 'The period may still run until ' + d + ', depending on the holiday explained below. Act today.',
      closed: 'The withdrawal period ended on',
      caveat: 'This date holds if the right of withdrawal applies to your purchase: it does for goods bought at a distance (online, by phone) or off-premises from a professional, except in the cases the law lists. Check it with the questions below.',
      ifNotInformed: (d) => 'If the seller did not inform you of your right of withdrawal, the period is extended until ' + d + '.',
      noRight: 'No right of withdrawal for this purchase',
      stillDue: 'What still applies:'
    }
  };

  function show(res, ctx) {
    const t = text[ctx.lang], lang = ctx.lang;
    if (res.outcome === 'does-not-apply') {
      return { title: t.resultTitle, summary: t.noRight + '. ' + res.reason.text,
        nodes: [el('p', { class: 'big closed', id: 'answer', text: t.noRight }),
          el('p', { class: 'days', id: 'reason' }, [res.reason.text + ' ', DroitConsoRender.link(res.reason.url, res.reason.article)]),
          el('h3', { text: t.stillDue }), DroitConsoRender.steps(res.consequences)] };
    }
    const safe = longDate(res.deadline.safe, lang), latest = longDate(res.deadline.latest, lang);
    const nodes = [];
    let summary;
    if (res.status === 'open') {
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
    if (res.status === 'closed' && res.ifNotInformed && res.ifNotInformed.deadline && res.ifNotInformed.status !== 'closed')
      nodes.push(el('p', { class: 'note', id: 'if-not-informed', text: t.ifNotInformed(longDate(res.ifNotInformed.deadline.safe, lang)) }));
    if (res.outcome === 'cannot-tell') {
      nodes.push(el('p', { class: 'note', id: 'caveat', text: t.caveat }));
      summary += ' ' + t.caveat;
    }
    return { title: t.resultTitle, summary, nodes };
  }

  DroitConsoJourneys.add({
    id: 'withdrawal',
    order: 1,
    question: 'withdrawal',
    text,
    fields: { received: { kind: 'date' }, territory: { kind: 'territory' }, today: { kind: 'today' } },
    screens: [['received'], ['territory', 'today']],
    request: (v) => ({ question: 'withdrawal', contract: 'goods', received: v.received, territory: v.territory, today: v.today }),
    // The core gives the dates while eligibility questions are open: the date first, the questions after.
    partial: (res) => !!res.deadline,
    // While the period is open: the withdrawal declaration (the model form of R221-1).
    letter: (v, res) => (res.status === 'open' && res.outcome !== 'does-not-apply'
      ? { kind: 'withdrawal', fields: { received: v.received, territory: v.territory, contract: 'goods' }, ask: ['product'] } : null),
    show
  });
})();
