// The journeys the page offers, one file each in web/journeys/, registered here in display order.
// A journey is a plain object (README-page.md, "Adding a journey"):
//   id        saved in case files and share links, e.g. 'withdrawal'
//   order     place on the start screen
//   question  the core question it needs: until the core's `about` lists it, or while the journey
//             has no `screens`, the situation shows as "coming soon" with the free help options
//   text      { fr, en }: situation, situationHint, fields: { id: { label, hint } }, its own words
//   fields    { id: { kind, options? } }; kind: 'date', 'choice', 'text', 'amount', 'territory', 'today'
//   screens   the questions, one screen each: [['received'], ['territory', 'today']]
//   request   (values) => the core request (the frame adds lang)
//   show      (result, ctx) => { title, summary, nodes, next? }: the answer, large, first (summary
//             is announced; ctx: lang, values, host); the frame adds the steps (when the result has
//             steps or checks), then next: { title, steps } if given
// Optional: partial, plan, letter (README "Adding a journey"); missing(result) → how the core's
// `missing` names are asked; keep: value ids the answer records, saved with the case (e.g. ['proof']).
// A choice's options may be a function of the engine, and each option may carry a hint { fr, en }.
var DroitConsoJourneys = (() => {
  let list = [];
  const LEGI = 'https://www.legifrance.gouv.fr/codes/article_lc/';
  return {
    add(journey) { list = list.filter((j) => j.id !== journey.id).concat(journey).sort((a, b) => a.order - b.order); },
    all: () => list.slice(),
    get: (id) => list.find((j) => j.id === id),
    // An article of the Code de la consommation (or another code) as a step's { article, url }.
    art: (article, id) => ({ article, url: id ? LEGI + id : 'https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006069565' })
  };
})();
