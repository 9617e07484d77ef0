// Builds DOM with textContent only: nothing a person types, a file holds or a result carries is ever
// parsed as markup. Also the form controls every journey shares, each tied to its label and messages.
var DroitConsoRender = (() => {
  function el(tag, attrs, children) {
    const node = document.createElement(tag);
    if (attrs) for (const k of Object.keys(attrs)) {
      const v = attrs[k];
      if (v === undefined || v === null || v === false) continue;
      if (k === 'text') node.textContent = v;
      else if (k === 'class') node.className = v;
      else if (k === 'on') for (const e of Object.keys(v)) node.addEventListener(e, v[e]);
      else node.setAttribute(k, v === true ? '' : v);
    }
    for (const c of children || []) if (c) node.append(c);
    return node;
  }

  // "2026-01-28" -> "mercredi 28 janvier 2026" ("1er" for the first, as the core's letters write it;
  // "Wednesday 28 January 2026"): formatting only, every date is computed by the core. Tables, not
  // Intl.DateTimeFormat: its first use loads the locale data, 45 ms of the page's first answer
  // (README, Performance), and browsers differ in its punctuation. The names and « 1er » are the
  // core's (core/text/date_words.cpp): tests/node/long-date.test.js holds the two texts equal.
  const WEEKDAYS = {
    fr: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
    en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  };
  const MONTHS = {
    fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
    en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  };
  function longDate(iso, lang) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || '');
    if (!m) return String(iso);
    const names = lang === 'en' ? 'en' : 'fr';
    const year = +m[1], month = +m[2], day = +m[3];
    const date = new Date(0);
    date.setUTCFullYear(year, month - 1, day);  // not Date.UTC, which reads years 0 to 99 as 19xx
    const weekday = date.getUTCDay();
    return WEEKDAYS[names][weekday] + ' ' + day + (names === 'fr' && day === 1 ? 'er' : '') + ' ' +
      MONTHS[names][month - 1] + ' ' + year;
  }

  // A link to an official text: opens in a new tab, sends no referrer.
  function link(href, text) {
    return el('a', { href, target: '_blank', rel: 'noopener noreferrer', text });
  }

  // The explanation: every step, its article linked to Légifrance.
  function steps(list) {
    return el('ol', { class: 'steps' }, (list || []).map((s) =>
      el('li', null, [s.text + ' ', s.url ? link(s.url, s.article) : s.article])));
  }

  // One question: its label, its hint, the control, and a slot for its error, all tied by ids.
  function field(id, label, hint, control) {
    control.id = id;
    control.name = id;
    control.setAttribute('aria-describedby', (hint ? id + '-hint ' : '') + id + '-error');
    return el('div', { class: 'field', id: id + '-field' }, [
      el('label', { for: id, text: label }),
      hint && el('p', { class: 'hint', id: id + '-hint', text: hint }),
      control,
      el('p', { class: 'error', id: id + '-error' })
    ]);
  }

  // A question answered by a choice (radio buttons in a fieldset): the legend is its label; an
  // option may carry its own hint, tied to its button.
  function choice(id, label, hint, options, value) {
    const oid = (i) => (i ? id + '-' + i : id);
    return el('fieldset', { class: 'field', id: id + '-field', 'aria-describedby': (hint ? id + '-hint ' : '') + id + '-error' }, [
      el('legend', { text: label }),
      hint && el('p', { class: 'hint', id: id + '-hint', text: hint }),
      ...options.map((o, i) => el('div', { class: 'option' + (o.hint ? ' with-hint' : '') }, [
        el('input', { type: 'radio', name: id, id: oid(i), value: o.value, checked: o.value === value, 'aria-describedby': o.hint ? oid(i) + '-ohint' : undefined }),
        el('label', { for: oid(i), text: o.label }),
        o.hint && el('p', { class: 'option-hint', id: oid(i) + '-ohint', text: o.hint })
      ])),
      el('p', { class: 'error', id: id + '-error' })
    ]);
  }

  function select(options, value) {
    const s = el('select', null, options.map((o) => el('option', { value: o.value, text: o.label })));
    s.value = value;
    return s;
  }

  function input(type, value, attrs) {
    const i = el('input', Object.assign({ type }, attrs));
    i.value = value || '';
    return i;
  }

  return { el, longDate, link, steps, field, choice, select, input };
})();
