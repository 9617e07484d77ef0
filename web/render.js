// Builds DOM from results, with textContent only: nothing a user or a result holds is parsed as markup.
var DroitConsoRender = (function () {
  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    if (attrs) Object.keys(attrs).forEach(function (k) {
      if (k === 'text') node.textContent = attrs[k];
      else if (k === 'class') node.className = attrs[k];
      else node.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) { if (c) node.appendChild(c); });
    return node;
  }

  // "2026-01-28" -> "mercredi 28 janvier 2026": formatting only; every date is computed by the core.
  function longDate(iso, lang) {
    var d = new Date(iso + 'T00:00:00Z');
    return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'fr-FR',
      { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(d);
  }

  function steps(list) {
    return el('ol', { class: 'steps' }, list.map(function (s) {
      return el('li', null, [
        document.createTextNode(s.text + ' '),
        el('a', { href: s.url, target: '_blank', rel: 'noopener noreferrer', text: s.article })
      ]);
    }));
  }

  return { el: el, longDate: longDate, steps: steps };
})();
