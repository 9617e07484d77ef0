// <droit-conso>: the calculator as a custom element, in its own shadow root (styles isolated,
// themable through --dc-* custom properties). It drives the form; every rule is in the core.
(function () {
  var R = DroitConsoRender;
  var el = R.el;
  var TERRITORIES = ['metropole', 'alsace-moselle', 'guadeloupe', 'martinique', 'guyane', 'la-reunion',
    'mayotte', 'saint-barthelemy', 'saint-martin'];

  function pad(n) { return (n < 10 ? '0' : '') + n; }
  // The person's own local date: "today" is an input of the core, read here from the clock.
  function localTodayIso() {
    var d = new Date();
    return d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate());
  }

  var sheet = null;
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
      this.values = { received: '', territory: 'metropole', today: localTodayIso() };
      this.result = null;
      this.engine = null;
    }

    connectedCallback() {
      var asked = this.getAttribute('lang') || document.documentElement.lang;
      this.lang_ = asked === 'en' ? 'en' : 'fr';
      this.render();
      var self = this;
      DroitConsoEngine.load().then(function (engine) {
        self.engine = engine;
        self.about = engine.ask({ question: 'about' });
        self.render();
      }, function () {
        self.status(self.t().loadFailed);
      });
    }

    t() { return DroitConsoI18n[this.lang_]; }

    status(text) { var s = this.root.getElementById('status'); if (s) s.textContent = text; }

    field(id, label, hint, control) {
      control.id = id;
      control.setAttribute('aria-describedby', id + '-hint ' + id + '-error');
      return el('div', { class: 'field' }, [
        el('label', { for: id, text: label }),
        el('span', { class: 'hint', id: id + '-hint', text: hint }),
        control,
        el('p', { class: 'error', id: id + '-error' })
      ]);
    }

    render() {
      var t = this.t(), self = this, v = this.values;
      var received = el('input', { type: 'date', name: 'received', required: '' });
      received.value = v.received;
      var territory = el('select', { name: 'territory' }, TERRITORIES.map(function (code) {
        return el('option', { value: code, text: t.territories[code] });
      }));
      territory.value = v.territory;
      var today = el('input', { type: 'date', name: 'today', required: '' });
      today.value = v.today;

      var form = el('form', { novalidate: '' }, [
        this.field('received', t.received, t.receivedHint, received),
        this.field('territory', t.territory, t.territoryHint, territory),
        el('details', null, [el('summary', { text: t.today }), this.field('today', t.today, t.todayHint, today)]),
        el('button', { type: 'submit', class: 'primary', id: 'calculate', text: t.calculate })
      ]);
      form.addEventListener('input', function () { self.values = self.read(); });
      form.addEventListener('submit', function (e) { e.preventDefault(); self.values = self.read(); self.calculate(); });

      var langButton = el('button', { type: 'button', class: 'secondary lang', lang: this.lang_ === 'fr' ? 'en' : 'fr',
        'aria-label': t.switchLangLabel, text: t.switchLang });
      langButton.addEventListener('click', function () {
        self.values = self.read();
        self.lang_ = self.lang_ === 'fr' ? 'en' : 'fr';
        self.render();
        if (self.result) self.calculate();
        self.root.querySelector('.lang').focus();
      });

      var checked = this.about && this.about.ok ? R.longDate(this.about.lawCheckedOn, this.lang_) : '';
      var nodes = [
        el('section', { class: 'card', 'aria-labelledby': 'title' }, [
          el('div', { class: 'top' }, [el('h1', { id: 'title', text: t.title }), langButton]),
          el('p', { class: 'intro', text: t.intro }),
          form
        ]),
        el('div', { id: 'status', role: 'status', 'aria-live': 'polite', class: 'card hidden' }),
        el('footer', { text: t.footer + ' ' + checked + '.' })
      ];
      this.root.replaceChildren.apply(this.root, nodes);
      this.root.host.setAttribute('lang', this.lang_);
      if (!this.engine) this.showText(t.loading);
    }

    read() {
      var r = this.root;
      return {
        received: r.getElementById('received').value,
        territory: r.getElementById('territory').value,
        today: r.getElementById('today').value
      };
    }

    showText(text) {
      var s = this.root.getElementById('status');
      s.classList.remove('hidden');
      s.replaceChildren(el('p', { text: text }));
    }

    clearErrors() {
      var r = this.root;
      ['received', 'territory', 'today'].forEach(function (id) {
        r.getElementById(id + '-error').textContent = '';
        r.getElementById(id).removeAttribute('aria-invalid');
      });
    }

    calculate() {
      if (!this.engine) return;
      var v = this.values;
      this.clearErrors();
      var res = this.engine.ask({ question: 'withdrawal', contract: 'goods', received: v.received,
        territory: v.territory, today: v.today, lang: this.lang_ });
      this.result = res;
      // A date field holding a partial or impossible date reports an empty value: say so plainly.
      var r = this.root, t = this.t();
      res.errors && res.errors.forEach(function (e) {
        var input = r.getElementById(e.field);
        if (input && input.validity && input.validity.badInput) e.message = t.incompleteDate;
      });
      if (!res.ok) return this.showErrors(res.errors);
      this.showWithdrawal(res);
    }

    showErrors(errors) {
      var r = this.root, t = this.t(), first = null;
      errors.forEach(function (e) {
        var input = r.getElementById(e.field);
        if (!input) return;
        if (e.field === 'today') r.querySelector('details').open = true;
        r.getElementById(e.field + '-error').textContent = e.message;
        input.setAttribute('aria-invalid', 'true');
        if (!first) first = input;
      });
      var s = r.getElementById('status');
      s.classList.remove('hidden');
      s.replaceChildren(el('p', { class: 'error', text: t.fixErrors + ' ' + errors.map(function (e) { return e.message; }).join(' ') }));
      if (first) first.focus();
    }

    showWithdrawal(res) {
      var t = this.t(), lang = this.lang_;
      var safe = R.longDate(res.deadline.safe, lang), latest = R.longDate(res.deadline.latest, lang);
      var nodes = [el('h2', { text: t.resultTitle })];
      if (res.status === 'open') {
        nodes.push(el('p', { class: 'answer', id: 'answer', text: t.until + ' ' + safe + ' ' + t.inclusive }));
        nodes.push(el('p', { class: 'days', id: 'days-left', text: t.daysLeft(res.daysLeft) }));
        if (res.deadline.latest !== res.deadline.safe)
          nodes.push(el('p', { class: 'note', text: t.latestNote + ' ' + latest + '.' }));
      } else if (res.status === 'uncertain') {
        nodes.push(el('p', { class: 'answer', id: 'answer', text: t.uncertainUntil + safe + t.uncertainRest + ' ' + latest + ' ' + t.uncertainEnd }));
      } else {
        nodes.push(el('p', { class: 'answer closed', id: 'answer', text: t.closedUntil + ' ' + safe + '.' }));
      }
      nodes.push(el('details', { open: '' }, [el('summary', { text: t.how }), R.steps(res.steps)]));
      var s = this.root.getElementById('status');
      s.classList.remove('hidden');
      s.replaceChildren.apply(s, nodes);
    }
  }

  customElements.define('droit-conso', DroitConsoElement);
})();
