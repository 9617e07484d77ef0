// « J'attends mon remboursement »: the refund due date and the late-refund increase (core question
// `refund`, L221-24 and L242-4).
// Not built yet: shown as coming soon, with the free help options.
DroitConsoJourneys.add({
  id: 'refund',
  order: 2,
  question: 'refund',
  text: {
    fr: { situation: 'J\'attends mon remboursement', situationHint: 'Date limite du remboursement et majoration si le vendeur est en retard.' },
    en: { situation: 'I am waiting for my refund', situationHint: 'The refund deadline, and the increase the seller owes when late.' }
  }
});
