// « J'attends mon remboursement »: the refund due date after a withdrawal and the late-refund
// increase (core question `refund`, L221-24 and L242-4). Amounts are sent as the person typed them;
// the core reads them and answers each amount as { cents, text }.
(() => {
  const { el, longDate } = DroitConsoRender;

  const text = {
    fr: {
      situation: 'J\'attends mon remboursement',
      situationHint: 'Date limite du remboursement et majoration si le vendeur est en retard.',
      fields: {
        sellerInformed: { label: 'Quel jour le vendeur a-t-il été informé de votre rétractation ?', hint: 'Le jour où il a reçu votre déclaration (courriel, formulaire, lettre).' },
        price: { label: 'Prix payé pour le ou les produits', hint: 'Comme sur votre facture, par exemple 249,90 ou 1 249,90 €.' },
        delivery: { label: 'Frais de livraison standard payés (facultatif)', hint: 'Laissez vide s\'il n\'y en avait pas. Le supplément pour une livraison express n\'est pas dû.' },
        refunded: { label: 'Si le vendeur a fini par rembourser : quel jour ? (facultatif)', hint: 'Laissez vide s\'il n\'a pas encore remboursé : le retard est compté jusqu\'à aujourd\'hui.' },
        sellerCollects: { label: 'Le vendeur a-t-il proposé de venir récupérer le bien lui-même ?' },
        goodsReceivedBack: { label: 'Quel jour le vendeur a-t-il récupéré le bien ? (si vous le savez)', hint: 'Remplissez au moins l\'une des deux dates.' },
        proofOfShipmentSent: { label: 'Quel jour lui avez-vous fourni la preuve d\'expédition ? (si c\'est le cas)' }
      },
      resultTitle: 'Votre remboursement',
      increase: 'Le vendeur vous doit en plus',
      late: (n, d) => n + ' jour' + (n > 1 ? 's' : '') + ' de retard : le remboursement était dû le ' + d + '.',
      tier: (tier) => tier.kind === 'percent' ? 'Palier : majoration de ' + tier.percent + ' %.' : tier.kind === 'legal-interest' ? 'Palier : intérêt au taux légal.' : tier.kind === 'cap' ? 'Palier : plafond atteint (le prix du produit), puis intérêt au taux légal.' : '',
      total: (s, i, t) => 'Total dû : ' + s + ' (sommes à rembourser) + ' + i + ' (majoration) = ' + t + '.',
      stillOwed: (a) => 'Le remboursement étant fait, il vous doit encore la majoration : ' + a + '.',
      next: (d, a) => 'Le ' + d + ', la majoration passera à ' + a + '.',
      notLate: 'Le vendeur doit vous rembourser au plus tard le',
      onTime: 'Pas de retard.',
      readings: 'Lectures de la loi retenues',
      otherReading: (a) => 'Autre lecture : ' + a + '.'
    },
    en: {
      situation: 'I am waiting for my refund',
      situationHint: 'The refund deadline, and the increase the seller owes when late.',
      fields: {
        sellerInformed: { label: 'On what day was the seller informed of your withdrawal?', hint: 'The day it received your declaration (e-mail, form, letter).' },
        price: { label: 'Price paid for the product(s)', hint: 'As on your invoice, for example 249,90 or 1 249,90 €.' },
        delivery: { label: 'Standard delivery paid (optional)', hint: 'Leave empty if there was none. The surcharge for express delivery is not owed.' },
        refunded: { label: 'If the seller has refunded in the end: on what day? (optional)', hint: 'Leave empty if not refunded yet: the delay is counted to today.' },
        sellerCollects: { label: 'Did the seller offer to collect the goods itself?' },
        goodsReceivedBack: { label: 'On what day did the seller get the goods back? (if you know)', hint: 'Fill in at least one of the two dates.' },
        proofOfShipmentSent: { label: 'On what day did you give it proof of shipment? (if you did)' }
      },
      resultTitle: 'Your refund',
      increase: 'The seller owes you on top',
      late: (n, d) => n + ' day' + (n > 1 ? 's' : '') + ' late: the refund was due on ' + d + '.',
      tier: (tier) => tier.kind === 'percent' ? 'Tier: increase of ' + tier.percent + '%.' : tier.kind === 'legal-interest' ? 'Tier: interest at the legal rate.' : tier.kind === 'cap' ? 'Tier: cap reached (the product\'s price), then interest at the legal rate.' : '',
      total: (s, i, t) => 'Total owed: ' + s + ' (sums to refund) + ' + i + ' (increase) = ' + t + '.',
      stillOwed: (a) => 'The refund being made, it still owes you the increase: ' + a + '.',
      next: (d, a) => 'On ' + d + ', the increase will rise to ' + a + '.',
      notLate: 'The seller must refund you by',
      onTime: 'Not late.',
      readings: 'Readings of the law used',
      otherReading: (a) => 'Other reading: ' + a + '.'
    }
  };

  function show(res, ctx) {
    const t = text[ctx.lang], lang = ctx.lang, nodes = [];
    let summary;
    if (res.status === 'late') {
      const inc = res.increase;
      summary = t.increase + ' ' + inc.text + '. ' + t.late(res.daysLate, longDate(res.refundDue.date, lang));
      nodes.push(el('p', { class: 'lead', text: t.increase }),
        el('p', { class: 'big', id: 'answer', text: inc.text }),
        el('p', { class: 'days', id: 'days-late', text: t.late(res.daysLate, longDate(res.refundDue.date, lang)) }),
        el('p', { id: 'tier', text: t.tier(inc.tier) }),
        el('p', { id: 'total', text: t.total(res.sumsDue.text, inc.text, res.totalDue.text) }));
      if (res.stillOwed) nodes.push(el('p', { class: 'note', id: 'still-owed', text: t.stillOwed(res.stillOwed.text) }));
      if (res.nextTier) nodes.push(el('p', { class: 'note', id: 'next-tier', text: t.next(longDate(res.nextTier.date, lang), res.nextTier.text) }));
      if (inc.readings && inc.readings.length) nodes.push(el('h3', { text: t.readings }), el('ul', { id: 'readings' }, inc.readings.map((r) =>
        el('li', null, [r.applied + ' ', r.alternativeCents !== r.cents ? t.otherReading(r.alternativeText) : '']))));
    } else {
      const due = res.refundDue && res.refundDue.date ? longDate(res.refundDue.date, lang) : '';
      summary = t.onTime + ' ' + t.notLate + ' ' + due + '.';
      nodes.push(el('p', { class: 'lead', text: t.notLate }), el('p', { class: 'big', id: 'answer', text: due }),
        el('p', { class: 'days', id: 'days-late', text: t.onTime }));
    }
    for (const w of res.warnings || []) nodes.push(el('p', { class: 'note warning', text: w.message }));
    return { title: t.resultTitle, summary, nodes };
  }

  const given = (v) => (v === undefined || v === '' ? undefined : v);
  // The refund's facts, the same for the `refund` question and for the formal notice (which the core
  // computes with the refund question's own reader and engines).
  const facts = (v) => ({ contract: 'goods', sellerInformed: v.sellerInformed, price: given(v.price), delivery: given(v.delivery), territory: v.territory });
  // The return of the goods, asked on the core's request (its `missing` list): yes/no as true/false.
  const goodsBack = (v) => ({ sellerCollects: v.sellerCollects === undefined ? undefined : v.sellerCollects === 'true',
    goodsReceivedBack: given(v.goodsReceivedBack), proofOfShipmentSent: given(v.proofOfShipmentSent) });
  const late = (v, res) => res.status === 'late' && !given(v.refunded);

  DroitConsoJourneys.add({
    id: 'refund',
    order: 2,
    question: 'refund',
    text,
    fields: {
      sellerInformed: { kind: 'date' }, price: { kind: 'amount' }, delivery: { kind: 'amount', optional: true }, refunded: { kind: 'date', optional: true },
      territory: { kind: 'territory' }, today: { kind: 'today' },
      sellerCollects: { kind: 'boolean' }, goodsReceivedBack: { kind: 'date', optional: true }, proofOfShipmentSent: { kind: 'date', optional: true }
    },
    screens: [['sellerInformed'], ['price', 'delivery'], ['refunded'], ['territory', 'today']],
    request: (v) => Object.assign({ question: 'refund', refunded: given(v.refunded), today: v.today }, facts(v)),
    // Late and still not refunded: the formal notice to refund (L221-24, L242-4, the increase to date).
    letter: (v, res) => (late(v, res) ? { kind: 'refund', fields: Object.assign(facts(v), goodsBack(v)), ask: ['product', 'withdrawalSent', 'goodsSentBack'] } : null),
    // Late: the plan, with the amount claimed (the sums due and the increase).
    plan: (v, res) => (res.status === 'late' ? { claimCents: res.totalDue.cents } : null),
    show
  });
})();
