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

  // "2026-01-28" -> "mercredi 28 janvier 2026": formatting only; every date is computed by the core.
  function longDate(iso, lang) {
    return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'fr-FR',
      { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
      .format(new Date(iso + 'T00:00:00Z'));
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
