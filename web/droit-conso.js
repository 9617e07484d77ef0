// <droit-conso>: the frame every journey plugs into (web/journeys/*.js), in its own shadow root
// (styles isolated, themable through --dc-* custom properties). One screen at a time: the person's
// situation, the questions that case needs, then the answer and how it is computed. Every rule is
// in the core; this file only drives screens. Attributes: lang="fr|en", situation="<journey id>",
// page (the element owns the page: reads the case from the URL fragment, offers a share link,
// sets the document's language and title, and tells a framing page its height).
(() => {
  const R = DroitConsoRender, J = DroitConsoJourneys, Case = DroitConsoCase, I18N = DroitConsoI18n;
  const el = R.el;
  const TERRITORIES = ['metropole', 'alsace-moselle', 'guadeloupe', 'martinique', 'guyane', 'la-reunion',
    'mayotte', 'saint-barthelemy', 'saint-martin'];
  const MEDIATION = [J.art('L612-1', 'LEGIARTI000032224805'), J.art('L612-2', 'LEGIARTI000032224802')];

  const pad = (n) => (n < 10 ? '0' : '') + n;
  // The person's own local date: "today" is an input of the core, read here from the clock.
  function localTodayIso() {
    const d = new Date();
    return d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate());
  }
  const pick = (o, lang) => (o && typeof o === 'object' ? o[lang] || o.fr : o) || '';
  // An entry of the core's `missing` list as a field of a screen: a name, or { field, question|label,
  // hint|help, kind|type, options, group }. A yes/no question is two radio buttons sent as true/false.
  const normMissing = (t, j) => (m) => {
    const id = typeof m === 'string' ? m : m.field;
    const f = Object.assign({}, j && j.fields && j.fields[id], typeof m === 'string' ? {} : m, { id });
    if (typeof m !== 'string') Object.assign(f, { label: m.label || m.question, hint: m.hint || m.help });
    const kind = f.kind || f.type;
    if (kind === 'boolean') Object.assign(f, { kind: 'choice', bool: true, options: [{ value: 'true', label: t.yes }, { value: 'false', label: t.no }] });
    else if (kind) f.kind = kind;
    return f;
  };
  const optional = (j, id) => !!(j.fields && j.fields[id] && j.fields[id].optional);
  // Questions of one `group` share a screen, in the core's order.
  function groupsOf(fields) {
    const out = [];
    for (const f of fields) {
      const g = out.find((s) => s.group === (f.group || ''));
      if (g) g.push(f); else { const s = [f]; s.group = f.group || ''; out.push(s); }
    }
    return out;
  }

  let sheet = null;
  function styleSheet() {
    if (!sheet) { sheet = new CSSStyleSheet(); sheet.replaceSync(DROITCONSO_ELEMENT_CSS); }
    return sheet;
  }

  class DroitConsoElement extends HTMLElement {
    constructor() {
      super();
      this.root = this.attachShadow({ mode: 'open' });
      this.root.adoptedStyleSheets = [styleSheet()];
      this.lang_ = 'fr';
      this.values = { territory: 'metropole', today: localTodayIso() };
      this.todayDefault = this.values.today;  // "today" as the clock gave it, until the person changes it
      this.extra = {};      // per journey: screens asked because the core listed inputs as missing
      this.name = '';       // the case's name, typed when saving
      this.view = { kind: 'loading' };
      this.engine = null;
      this.about = null;
    }

    connectedCallback() {
      if (this.root.firstChild) return;
      const asked = this.getAttribute('lang') || document.documentElement.lang;
      this.lang_ = asked === 'en' ? 'en' : 'fr';
      this.page = this.hasAttribute('page');
      this.status = el('div', { class: 'sr', role: 'status', 'aria-live': 'polite', id: 'status' });
      this.render();
      DroitConsoEngine.load().then((engine) => {
        this.engine = engine;
        this.about = engine.ask({ question: 'about' });
        this.render();
        this.begin();
      }, () => this.show({ kind: 'failed' }));
      if (this.page && window.parent !== window) this.tellHeight();
      if (this.page) addEventListener('hashchange', () => { const c = this.engine && Case.fromFragment(location.hash); if (c) this.openCase(c, true); });
    }

    t() { return I18N[this.lang_]; }
    jt(j) { return j.text[this.lang_]; }
    // A journey with its own screen (`custom`, e.g. journeys/bulk.js) needs only the engine's function.
    available(j) { if (j.custom) return !!(this.engine && j.needs && this.engine[j.needs]);
      return !!(j.screens && this.about && this.about.questions && this.about.questions.includes(j.question)); }

    // First view: a case from the link's fragment, a journey named by the host, or the situations.
    begin() {
      const fromLink = this.page ? Case.fromFragment(location.hash) : undefined;
      if (fromLink) return this.openCase(fromLink, false);
      const j = J.get(this.getAttribute('situation') || '');
      if (j) return this.choose(j, false);
      this.show({ kind: 'start', error: fromLink === null ? this.t().badLink : '' }, false);
    }

    say(text) { this.status.textContent = ''; setTimeout(() => { this.status.textContent = text; }, 50); }

    // ---- the frame: header, the current screen, the live region, the help note ----
    render() {
      const t = this.t();
      const checked = this.about && this.about.ok ? t.checked + ' ' + R.longDate(this.about.lawCheckedOn, this.lang_) : '';
      const langButton = el('button', { type: 'button', class: 'secondary lang', lang: this.lang_ === 'fr' ? 'en' : 'fr',
        text: t.switchLang, on: { click: () => this.switchLang() } });
      this.screen = el('section', { class: 'card', id: 'screen', 'aria-labelledby': 'screen-title' });
      this.root.replaceChildren(
        el('header', { class: 'top' }, [
          el('div', null, [el('h1', { id: 'title', text: t.title }), el('p', { class: 'checked', id: 'checked', text: checked })]),
          langButton]),
        this.screen,
        this.status,
        el('footer', { class: 'help', 'aria-labelledby': 'help-title' }, [
          el('h2', { id: 'help-title', text: t.helpTitle }),
          el('p', { text: t.help }),
          el('ul', null, t.helpItems.map(([what, url, site]) => el('li', null, [what + (this.lang_ === 'fr' ? '\u00a0: ' : ': '), R.link(url, site)]))),
          el('p', null, [t.mediationArticles + ' ', R.link(MEDIATION[0].url, MEDIATION[0].article), ', ', R.link(MEDIATION[1].url, MEDIATION[1].article), '.'])
        ]));
      this.setAttribute('lang', this.lang_);
      if (this.page) { document.documentElement.lang = this.lang_; document.title = 'DroitConso — ' + t.title; }
      this.fill();
    }

    switchLang() {
      if (this.view.kind === 'screen') this.readForm();
      this.lang_ = this.lang_ === 'fr' ? 'en' : 'fr';
      if (this.view.kind === 'result') this.view.res = this.ask(this.view.j);
      this.render();
      this.root.querySelector('.lang').focus();
    }

    // Shows a view; moves the focus to its heading when the person caused the change.
    show(view, focus = true) {
      this.view = view;
      this.fill();
      if (focus) { const h = this.root.getElementById('screen-title'); if (h) h.focus(); }
    }

    fill() {
      const v = this.view, t = this.t();
      this.removeAttribute('data-letter');
      this.removeAttribute('data-print');
      const title = (text) => el('h2', { id: 'screen-title', tabindex: '-1', text });
      let nodes;
      if (v.kind === 'loading' || v.kind === 'failed') nodes = [title(v.kind === 'loading' ? t.loading : t.loadFailed)];
      else if (v.kind === 'start') nodes = this.startView(title);
      else if (v.kind === 'soon') nodes = this.soonView(title);
      else if (v.kind === 'screen') nodes = this.screenView();
      else if (v.kind === 'custom') nodes = v.j.custom(this.customContext(title));
      else nodes = this.resultView(title);
      this.screen.replaceChildren(...nodes.filter(Boolean));
      this.screen.className = 'card ' + v.kind;
    }

    // ---- start: the person's situation ----
    startView(title) {
      const t = this.t();
      const file = el('input', { type: 'file', accept: '.json,application/json', on: { change: (e) => this.readFile(e.target) } });
      const nodes = [
        el('p', { class: 'intro', text: t.intro }),
        title(t.start),
        el('ul', { class: 'situations' }, J.all().map((j) => {
          const jt = this.jt(j), ready = this.available(j);
          return el('li', null, [el('button', { type: 'button', class: 'situation', id: 'situation-' + j.id, on: { click: () => this.choose(j) } }, [
            el('span', { class: 's-title', text: jt.situation }),
            el('span', { class: 's-hint', text: jt.situationHint }),
            !ready && el('span', { class: 'badge', text: t.soonBadge })])]);
        })),
        el('div', { class: 'open-case' }, [R.field('case-file', t.openCase, t.openCaseHint, file)])
      ];
      if (this.view.error) { nodes.unshift(el('p', { class: 'error', id: 'link-error', text: this.view.error })); this.say(this.view.error); }
      return nodes;
    }

    choose(j, focus = true) {
      this.confirming = null;
      if (!this.available(j)) return this.show({ kind: 'soon', j }, focus);
      if (j.custom) return this.show({ kind: 'custom', j, state: {} }, focus);
      this.show({ kind: 'screen', j, pos: 0 }, focus);
    }

    // What a custom screen is given: the frame's helpers, its own state (kept across a change of
    // language), the engine, the territory and today's date of the frame, the way home.
    customContext(title) {
      const t = this.t(), v = this.view;
      return { el, R, lang: this.lang_, t, jt: this.jt(v.j), title, state: v.state, engine: this.engine,
        today: this.values.today, territory: this.values.territory,
        territories: TERRITORIES.map((code) => ({ value: code, label: t.territories[code] })),
        say: (text) => this.say(text), refresh: () => { if (this.view === v) this.fill(); },
        home: () => this.show({ kind: 'start' }) };
    }

    soonView(title) {
      const t = this.t(), j = this.view.j, jt = this.jt(j);
      return [
        title(jt.situation),
        el('p', { class: 'badge', text: t.soonBadge }),
        el('p', { text: t.soonIntro }),
        el('div', { class: 'actions' }, [el('button', { type: 'button', class: 'primary', id: 'home', text: t.home, on: { click: () => this.show({ kind: 'start' }) } })])
      ];
    }

    // ---- one screen of questions ----
    // A journey's own screens (a list, or a function of the answers so far), then the core's. A
    // screen lists field ids, or { id, label, hint, kind } where a question's words follow an answer.
    ownScreens(j) { return typeof j.screens === 'function' ? j.screens(this.values) : j.screens; }
    screensOf(j) { return this.ownScreens(j).map((ids) => ids.map((id) => (typeof id === 'string' ? { id } : id))).concat(this.extra[j.id] || []); }

    screenView() {
      const t = this.t(), { j, pos } = this.view, screens = this.screensOf(j);
      // No form submission (a sandboxed iframe without allow-forms blocks it): Continue is a plain
      // button, and Enter in a field does what submitting would.
      const form = el('form', { novalidate: true, id: 'form', on: { submit: (e) => e.preventDefault(),
        keydown: (e) => { if (e.key === 'Enter' && e.target.tagName === 'INPUT') { e.preventDefault(); this.next(); } } } }, [
        el('p', { class: 'progress', text: t.step(pos + 1, screens.length) }),
        ...screens[pos].map((spec, i) => this.control(j, spec, i === 0)),
        el('div', { class: 'actions' }, [
          el('button', { type: 'button', class: 'primary', id: 'next', text: t.next, on: { click: () => this.next() } }),
          el('button', { type: 'button', class: 'secondary', id: 'back', text: t.back, on: { click: () => this.back() } })])
      ]);
      form.addEventListener('input', () => this.readForm());
      // A choice that changes the questions of this very screen (screens as a function): redrawn at
      // once, the focus kept on the option chosen.
      form.addEventListener('change', (e) => {
        if (typeof j.screens !== 'function' || e.target.type !== 'radio') return;
        const before = JSON.stringify(screens[pos]);
        this.readForm();
        const now = this.screensOf(j)[pos];
        if (JSON.stringify(now) === before) return;
        const added = now.filter((f) => !screens[pos].some((g) => JSON.stringify(g) === JSON.stringify(f)));
        this.fill();
        const same = [...this.root.querySelectorAll('input[type=radio]')].find((r) => r.name === e.target.name && r.value === e.target.value);
        if (same) same.focus();
        // Told to a screen reader too: the question that appeared.
        this.say(added.map((f) => { const l = this.root.querySelector('label[for="' + f.id + '"], #' + f.id + '-field legend'); return l ? l.textContent : ''; }).join(' '));
      });
      return [form];
    }

    // One field of a screen, from the journey's own fields or the core's `missing` list. The first
    // one's label is the screen's heading.
    control(j, spec, first) {
      const t = this.t(), lang = this.lang_, id = spec.id, declared = j.fields && j.fields[id];
      const value = this.values[id] !== undefined ? this.values[id] : declared && declared.default;
      const kind = spec.kind || (j.fields && j.fields[id] && j.fields[id].kind) || 'text';
      const own = (this.jt(j).fields || {})[id] || {};
      const label = pick(spec.label, lang) || own.label || t[id] || id;
      const hint = pick(spec.hint, lang) || own.hint || t[id + 'Hint'] || '';
      let c;
      if (kind === 'choice') {
        // A journey's options may come from the core (a function of the engine); each may carry a hint.
        let given = spec.options || j.fields[id].options;
        if (typeof given === 'function') given = given(this.engine);
        const options = given.map((o) => ({ value: o.value, label: pick(o.label || o, lang), hint: pick(o.hint, lang) }));
        const f = R.choice(id, label, hint, options, value);
        const legend = f.querySelector('legend');
        if (first) legend.replaceChildren(el('h2', { id: 'screen-title', tabindex: '-1', text: label }));
        return f;
      }
      if (kind === 'territory') c = R.select(TERRITORIES.map((code) => ({ value: code, label: t.territories[code] })), value || 'metropole');
      else if (kind === 'date' || kind === 'today') c = R.input('date', value, { required: !optional(j, id) });
      else c = R.input('text', value, { maxlength: '200', autocomplete: 'off', inputmode: kind === 'amount' ? 'decimal' : undefined });
      const f = R.field(id, label, hint, c);
      if (first) { const lab = f.firstChild, h = el('h2', { id: 'screen-title', tabindex: '-1' }); f.insertBefore(h, lab); h.append(lab); }
      else if (kind === 'today') return el('details', { class: 'field' }, [el('summary', { text: t.otherDay }), f]);
      return f;
    }

    readForm() {
      const form = this.root.getElementById('form');
      if (!form) return;
      for (const c of form.elements) {
        if (!c.name || c.type === 'submit' || c.type === 'button') continue;
        if (c.type === 'radio') { if (c.checked) this.values[c.name] = c.value; } else this.values[c.name] = c.value;
      }
    }

    back() {
      this.readForm();
      const { j, pos } = this.view;
      if (pos > 0) this.show({ kind: 'screen', j, pos: pos - 1 });
      else this.show({ kind: 'start' });
    }

    // The request for the core: the journey's own, with the answers to the core's missing questions.
    ask(j) {
      // A page left open past midnight: "today", unless the person changed it, is the new local day.
      if (this.values.today === this.todayDefault) this.values.today = this.todayDefault = localTodayIso();
      const req = j.request(this.values);
      for (const s of this.extra[j.id] || []) for (const f of s) if (this.values[f.id] !== undefined && this.values[f.id] !== '')
        req[f.id] = f.bool ? this.values[f.id] === 'true' : this.values[f.id];
      req.lang = this.lang_;
      const res = this.engine.ask(req);
      // A journey may say how the core's `missing` names are asked (e.g. the inputs of its `ask` list).
      if (res.ok && res.missing && j.missing) res.missing = j.missing(res);
      return res;
    }

    // Checks the fields this screen holds (the browser's own reading first, then the core's), and
    // goes on to the next screen, to what the core says is missing, or to the answer.
    next() {
      this.readForm();
      const { j, pos } = this.view, screens = this.screensOf(j), t = this.t();
      const here = screens[pos].map((s) => s.id), asked = screens.slice(0, pos + 1).flat().map((s) => s.id);
      const errors = [];
      for (const id of here) {
        const c = this.root.getElementById(id);
        if (c && c.type === 'date' && c.validity.badInput) errors.push({ field: id, message: t.incompleteDate });
        else if (c && c.type === 'date' && !c.value && !optional(j, id)) errors.push({ field: id, message: t.emptyDate });
        else if (c && c.type === 'radio' && this.values[id] === undefined && !optional(j, id)) errors.push({ field: id, message: t.chooseOne });
        else if (c && c.type === 'text' && j.fields && j.fields[id] && j.fields[id].kind === 'amount' && !c.value.trim() && !optional(j, id)) errors.push({ field: id, message: t.emptyAmount });
      }
      if (errors.length) return this.showErrors(errors);
      const res = this.ask(j);
      if (!res.ok) {
        const mine = res.errors.filter((e) => asked.includes(e.field));
        if (mine.length || pos === screens.length - 1) return this.errorsAt(j, mine.length ? mine : res.errors);
      }
      if (pos < screens.length - 1) return this.show({ kind: 'screen', j, pos: pos + 1 });
      this.answer(j, res, true, this.confirming === j.id);
    }

    // A result: the answer, or the next questions the core needs (its `missing` list, one screen per
    // `group` of questions). A screen whose answers are already known (a re-opened case) is passed, and
    // the core asked again; a field it still lists after being answered is sent back to the person.
    // A journey may show a partial result first (`partial(result)` true: the core gave its dates while
    // questions remain open): the open questions are then listed under the answer, to confirm, and
    // asked only when the person chooses to (`confirm`).
    answer(j, res, focus = true, confirm = false) {
      const t = this.t();
      for (let guard = 0; res.ok && res.missing && res.missing.length && guard < 20; guard++) {
        const known = this.screensOf(j).flat().map((s) => s.id);
        const fresh = res.missing.map(normMissing(t, j)).filter((m) => m.id && !known.includes(m.id));
        const unknown = fresh.filter((m) => this.values[m.id] === undefined);
        if (!fresh.length) {
          if (!confirm && j.partial && j.partial(res)) break;
          return this.errorsAt(j, res.missing.map((m) => ({ field: normMissing(t, j)(m).id, message: t.answerThis })));
        }
        const extra = this.extra[j.id] = this.extra[j.id] || [];
        if (unknown.length && !confirm && j.partial && j.partial(res)) {
          const answered = fresh.filter((m) => this.values[m.id] !== undefined);
          if (!answered.length) break;
          for (const group of groupsOf(answered)) extra.push(group);
          res = this.ask(j);
          continue;
        }
        const firstNew = extra.length;
        for (const group of groupsOf(fresh)) extra.push(group);
        if (unknown.length) {
          const pos = this.ownScreens(j).length + extra.findIndex((s, i) => i >= firstNew && s.some((m) => this.values[m.id] === undefined));
          return this.show({ kind: 'screen', j, pos }, focus);
        }
        res = this.ask(j);
      }
      if (!res.ok) return this.errorsAt(j, res.errors);
      this.show({ kind: 'result', j, res }, focus);
    }

    // Errors from the core: back to the screen holding the first field at fault.
    errorsAt(j, errors) {
      const screens = this.screensOf(j);
      let pos = screens.findIndex((s) => s.some((f) => errors.some((e) => e.field === f.id)));
      if (pos < 0) pos = this.view.kind === 'screen' ? this.view.pos : 0;
      if (this.view.kind !== 'screen' || this.view.pos !== pos) this.show({ kind: 'screen', j, pos }, false);
      this.showErrors(errors);
    }

    fieldError(id, message) {
      const slot = this.root.getElementById(id + '-error');
      if (!slot) return false;
      slot.textContent = message;
      for (const c of this.root.querySelectorAll('[name="' + id + '"]')) c.setAttribute('aria-invalid', 'true');
      const details = slot.closest('details');
      if (details) details.open = true;
      return true;
    }

    showErrors(errors) {
      for (const e of this.root.querySelectorAll('.error')) e.textContent = '';
      for (const c of this.root.querySelectorAll('[aria-invalid]')) c.removeAttribute('aria-invalid');
      const shown = errors.filter((e) => this.fieldError(e.field, e.message));
      const others = errors.filter((e) => !shown.includes(e));
      if (others.length) this.root.getElementById('form').prepend(el('p', { class: 'error', role: 'alert', text: others.map((e) => e.message).join(' ') }));
      this.say(this.t().fixErrors + ' ' + errors.map((e) => e.message).join(' '));
      const first = shown.length && this.root.querySelector('[name="' + shown[0].field + '"]');
      if (first) first.focus();
    }

    // ---- the answer ----
    resultView(title) {
      const t = this.t(), { j, res } = this.view, lang = this.lang_;
      const out = j.show(res, { lang, values: this.values, host: this });
      const how = res.steps || res.checks;
      this.say(out.summary);
      return [
        title(out.title),
        this.name && el('p', { class: 'case-name', text: t.caseOf + ' ' + this.name }),
        ...out.nodes,
        this.openQuestions(j, res),
        how && el('details', { open: true, class: 'how' }, [el('summary', { text: t.how }), R.steps(how)]),
        j.letter && j.letter(this.values, res) && DroitConsoLetters.section(this, j.letter(this.values, res)),
        j.plan && j.plan(this.values, res) && DroitConsoNextSteps.section(this, j.plan(this.values, res)),
        out.next && el('h3', { text: out.next.title }),
        out.next && R.steps(out.next.steps),
        el('div', { class: 'actions' }, [
          el('button', { type: 'button', class: 'secondary', id: 'edit', text: t.edit,
            on: { click: () => this.show({ kind: 'screen', j, pos: this.screensOf(j).length - 1 }) } }),
          el('button', { type: 'button', class: 'secondary', id: 'home', text: t.home, on: { click: () => this.show({ kind: 'start' }) } })]),
        this.keepView(j)
      ];
    }

    // A partial answer: the questions the core still lists, to confirm the answer, asked on request.
    openQuestions(j, res) {
      if (!(res.ok && res.missing && res.missing.length && j.partial && j.partial(res))) return null;
      const t = this.t(), lang = this.lang_;
      const open = res.missing.map(normMissing(t, j)).filter((m) => m.id);
      return el('section', { class: 'confirm', 'aria-labelledby': 'confirm-title' }, [
        el('h3', { id: 'confirm-title', text: t.toConfirm(open.length) }),
        el('details', { class: 'open-questions' }, [el('summary', { text: t.seeQuestions }),
          el('ul', null, open.map((m) => el('li', { text: pick(m.label, lang) || m.id })))]),
        el('div', { class: 'actions' }, [el('button', { type: 'button', class: 'primary', id: 'confirm', text: t.confirm,
          on: { click: () => { this.confirming = j.id; this.answer(j, res, true, true); } } })])
      ]);
    }

    // Keep the case: a file to download, a link to share. Nothing is written in the browser.
    keepView(j) {
      const t = this.t();
      const name = R.input('text', this.name, { maxlength: '100', autocomplete: 'off', on: { input: (e) => { this.name = e.target.value; } } });
      const out = el('div', { id: 'share-out' });
      return el('section', { class: 'keep', 'aria-labelledby': 'keep-title' }, [
        el('h3', { id: 'keep-title', text: t.keep }),
        el('p', { class: 'hint', text: t.keepIntro }),
        R.field('case-name', t.caseName, t.caseNameHint, name),
        el('div', { class: 'actions' }, [
          el('button', { type: 'button', class: 'secondary', id: 'save', text: t.save, on: { click: () => this.save(j) } }),
          this.page && el('button', { type: 'button', class: 'secondary', id: 'share', text: t.share, on: { click: () => this.share(j, out) } })]),
        out
      ]);
    }

    // A field left empty, or at its declared default, is left out: re-opened, the default holds again.
    caseOf(j) {
      const ids = this.screensOf(j).flat().map((s) => s.id), values = {};
      const isDefault = (id) => !!(j.fields && j.fields[id] && j.fields[id].default !== undefined && j.fields[id].default === this.values[id]);
      // `keep`: what a journey's answer lets the person record in the page (the proof file's ticks).
      for (const id of ids.concat(j.keep || [])) if (this.values[id] !== undefined && this.values[id] !== '' && !isDefault(id) && (id !== 'today' || this.values.today !== localTodayIso())) values[id] = this.values[id];
      return { situation: j.id, values, name: this.name.trim(), lang: this.lang_ };
    }

    save(j) {
      Case.download(this.caseOf(j), 'droitconso-' + j.id + '-' + localTodayIso() + '.json');
      this.say(this.t().saved);
    }

    share(j, out) {
      const t = this.t();
      const url = location.href.split('#')[0] + '#' + Case.toFragment(this.caseOf(j));
      const field = R.input('text', url, { readonly: true });
      const copy = el('button', { type: 'button', class: 'secondary', id: 'copy', text: t.copy, on: { click: () => {
        field.select();
        (navigator.clipboard ? navigator.clipboard.writeText(url) : Promise.reject()).then(() => this.say(t.copied), () => this.say(t.shareReady));
      } } });
      out.replaceChildren(R.field('share-link', t.shareLink, t.shareHint, field), copy);
      field.focus();
      field.select();
      this.say(t.shareReady);
    }

    // ---- re-opening a case: a file read on this device, or a link's fragment ----
    readFile(input) {
      const file = input.files && input.files[0];
      if (!file) return;
      const t = this.t();
      const fail = () => { this.fieldError('case-file', t.badCase); this.say(t.badCase); };
      if (file.size > 100000) return fail();
      file.text().then((text) => { const c = Case.fromJson(text); if (c) this.openCase(c, true); else fail(); }, fail);
    }

    openCase(c, focus) {
      const j = J.get(c.situation);
      if (c.lang && c.lang !== this.lang_) { this.lang_ = c.lang; this.render(); }
      Object.assign(this.values, c.values);
      this.name = c.name;
      this.confirming = null;
      this.extra[j.id] = [];  // values the core never asks for are kept, never sent nor shown
      if (!this.available(j)) return this.show({ kind: 'soon', j }, focus);
      this.say(this.t().caseOpened);
      this.answer(j, this.ask(j), focus);
    }

    // ---- in an iframe: the page's height, and nothing else, for the host's resize script ----
    tellHeight() {
      let last = 0;
      new ResizeObserver(() => {
        const h = Math.ceil(document.documentElement.getBoundingClientRect().height);
        if (h !== last) { last = h; window.parent.postMessage({ droitconso: 'height', height: h }, '*'); }
      }).observe(document.documentElement);
    }
  }

  customElements.define('droit-conso', DroitConsoElement);
})();
