// « Le vendeur refuse »: a seller's refusal checked against the law, and what to answer (core
// question `refusal`).
// Not built yet: shown as coming soon, with the free help options.
DroitConsoJourneys.add({
  id: 'refusal',
  order: 4,
  question: 'refusal',
  text: {
    fr: { situation: 'Le vendeur refuse', situationHint: 'Retour, remboursement, garantie : son refus est-il permis, et que lui répondre ?' },
    en: { situation: 'The seller says no', situationHint: 'Return, refund, guarantee: is the refusal lawful, and what to answer?' }
  }
});
