// « Mon produit est défectueux »: the legal guarantee of conformity and hidden defects (core
// questions `conformity` and `hiddenDefect`).
// Not built yet: shown as coming soon, with the free help options.
DroitConsoJourneys.add({
  id: 'defect',
  order: 3,
  question: 'conformity',
  text: {
    fr: { situation: 'Mon produit est défectueux', situationHint: 'Garantie légale de conformité, vices cachés : ce que vous pouvez exiger, et jusqu\'à quand.' },
    en: { situation: 'My product is faulty', situationHint: 'Legal guarantee of conformity, hidden defects: what you can demand, and until when.' }
  }
});
