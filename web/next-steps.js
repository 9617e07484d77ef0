// What to do next, under an answer: the escalation plan (core question `plan`) dated from the day
// the person wrote to the seller, and its upcoming deadlines as an .ics file (`calendar`), made in
// the page and handed to the browser's downloads. A journey opts in with `plan(values, result)`,
// which returns the plan's fields it knows (claimCents, received, territory…). While the plan's
// mediator stage is open, the referral to the consumer mediator (letter kind `mediator`) is offered
// under the plan: the complaint and notice dates come from here, the rest is typed by the person.
var DroitConsoNextSteps = (() => {
  const { el, longDate, steps, field, input } = DroitConsoRender;
  const text = {
    fr: { title: 'Et si le vendeur ne fait rien ?', intro: 'Les étapes pour obtenir gain de cause, datées, avec leurs articles.',
      complaintSent: 'Quel jour avez-vous écrit au vendeur pour réclamer ? (facultatif)', complaintSentHint: 'Votre réclamation écrite (courriel, lettre). Laissez vide si vous ne l\'avez pas encore fait.',
      noticeSent: 'Quel jour avez-vous envoyé une mise en demeure ? (facultatif)', noticeSentHint: 'Votre lettre recommandée de mise en demeure ; le plan compte 8 jours à partir de cette date. Laissez vide si vous ne l\'avez pas encore envoyée.',
      show: 'Voir le plan d\'action', ics: 'Ajouter les échéances à mon agenda (.ics)', none: 'Aucune échéance à venir à mettre dans un agenda.',
      from: 'à partir du', until: 'jusqu\'au', icsSaved: 'Fichier d\'agenda enregistré dans vos téléchargements.',
      status: { done: 'fait', todo: 'à faire', waiting: 'en attente', open: 'possible', notYet: 'plus tard', closed: 'trop tard', notApplicable: 'ne vous concerne pas', unknown: 'à préciser', info: 'à savoir' } },
    en: { title: 'What if the seller does nothing?', intro: 'The steps to get what you are owed, dated, with their articles.',
      complaintSent: 'On what day did you write to the seller to complain? (optional)', complaintSentHint: 'Your written complaint (e-mail, letter). Leave empty if you have not done it yet.',
      noticeSent: 'On what day did you send a formal notice? (optional)', noticeSentHint: 'Your registered letter of formal notice; the plan counts 8 days from that date. Leave empty if you have not sent it yet.',
      show: 'See the action plan', ics: 'Add the deadlines to my calendar (.ics)', none: 'No upcoming deadline to put in a calendar.',
      from: 'from', until: 'until', icsSaved: 'Calendar file saved in your downloads.',
      status: { done: 'done', todo: 'to do', waiting: 'waiting', open: 'available', notYet: 'later', closed: 'too late', notApplicable: 'not for you', unknown: 'to be specified', info: 'good to know' } }
  };

  function download(content, name, type) {
    const url = URL.createObjectURL(new Blob([content], { type }));
    const a = el('a', { href: url, download: name, hidden: true });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  // The section: the dates of the complaint and of the formal notice, then the plan and the calendar
  // button once asked.
  const DATES = ['complaintSent', 'noticeSent'];
  function section(host, fields) {
    const lang = host.lang_, t = text[lang], out = el('div', { id: 'plan-out' });
    const dates = DATES.map((id) => field(id, t[id], t[id + 'Hint'],
      input('date', host.values[id], { on: { input: (e) => { host.values[id] = e.target.value; } } })));
    const given = () => Object.fromEntries(DATES.filter((id) => host.values[id]).map((id) => [id, host.values[id]]));
    const request = (question) => Object.assign({ question, today: host.values.today, lang }, fields, given());
    const showPlan = () => {
      const plan = host.engine.ask(request('plan'));
      for (const id of DATES) {
        host.root.getElementById(id + '-error').textContent = '';
        host.root.getElementById(id).removeAttribute('aria-invalid');
      }
      if (!plan.ok) {
        for (const e of plan.errors) host.fieldError(DATES.includes(e.field) ? e.field : 'complaintSent', e.message);
        host.say(plan.errors.map((e) => e.message).join(' '));
        return;
      }
      const stage = (s) => el('li', { class: 'stage ' + s.status, id: 'stage-' + s.id }, [
        el('h4', { text: s.title }),
        el('p', { class: 'stage-status', text: [t.status[s.status] || s.status, s.from && t.from + ' ' + longDate(s.from, lang), s.until && t.until + ' ' + longDate(s.until, lang)].filter(Boolean).join(' · ') }),
        steps(s.steps)]);
      const ics = el('button', { type: 'button', class: 'secondary', id: 'ics', text: t.ics, on: { click: () => {
        const cal = host.engine.ask(request('calendar'));
        if (cal.ok && cal.ics) { download(cal.ics, cal.filename, 'text/calendar'); host.say(t.icsSaved); } else host.say(t.none);
      } } });
      out.replaceChildren(el('ol', { class: 'plan', id: 'plan' }, plan.stages.concat(plan.beside).map(stage)),
        el('div', { class: 'actions' }, [ics]), steps(plan.reading), mediatorLetter(host, plan, Object.assign({}, fields, given())));
      host.say(t.title + ' ' + plan.stages.map((s) => s.title + ' : ' + (t.status[s.status] || s.status)).join(', '));
    };
    return el('section', { class: 'next-steps', 'aria-labelledby': 'next-title' }, [
      el('h3', { id: 'next-title', text: t.title }),
      el('p', { class: 'hint', text: t.intro }),
      ...dates,
      el('div', { class: 'actions' }, [el('button', { type: 'button', class: 'secondary', id: 'show-plan', text: t.show, on: { click: showPlan } })]),
      out]);
  }

  // The referral to the mediator, once the plan says the mediator may be asked: from the written
  // complaint, for a year (L612-2). The complaint and the notice are those given to the plan, the
  // contract's date the journey's when it knows it; the rest is typed by the person.
  function mediatorLetter(host, plan, fields) {
    const stage = plan.stages.find((s) => s.id === 'mediator');
    if (!stage || stage.status !== 'open' || !fields.complaintSent) return null;
    const known = ['complaintSent', 'noticeSent', 'ordered'].filter((id) => fields[id]);
    return DroitConsoLetters.section(host, { kind: 'mediator', prefix: 'm-',
      fields: Object.fromEntries(known.map((id) => [id, fields[id]])),
      ask: ['mediatorName', 'mediatorAddress', 'product', 'dispute', 'claim'] });
  }

  return { section, download };
})();
