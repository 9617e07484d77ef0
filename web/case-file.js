// A person's case, kept only where they ask: a JSON file they download and re-open (read on their
// device), or a link whose fragment (#…, never sent to a server) holds the answers. Nothing is
// written to the browser's storage. Whatever comes back is checked here before the page uses it.
var DroitConsoCase = (() => {
  const KEY = /^[A-Za-z][A-Za-z0-9_]{0,39}$/;
  const str = (v, max) => typeof v === 'string' && v.length <= max;

  // { situation, values, name, lang } from anything (a parsed file, a fragment), or null.
  function check(raw) {
    if (!raw || typeof raw !== 'object' || raw.droitconso !== 1 || !str(raw.situation, 40)) return null;
    const journey = DroitConsoJourneys.get(raw.situation);
    if (!journey || !journey.screens) return null;
    const values = {};
    const given = raw.values && typeof raw.values === 'object' ? raw.values : {};
    const keys = Object.keys(given);
    if (keys.length > 40) return null;
    for (const k of keys) {
      if (!KEY.test(k) || !str(given[k], 200)) return null;
      values[k] = given[k];
    }
    return {
      situation: journey.id, values,
      name: str(raw.name, 100) ? raw.name : '',
      lang: raw.lang === 'en' ? 'en' : raw.lang === 'fr' ? 'fr' : ''
    };
  }

  function toJson(c) {
    return JSON.stringify({ droitconso: 1, situation: c.situation, name: c.name || undefined, lang: c.lang, values: c.values }, null, 2) + '\n';
  }

  function fromJson(text) {
    try { return check(JSON.parse(text)); } catch (e) { return null; }
  }

  // "dc=1&s=withdrawal&l=fr&n=…&received=2026-01-14&territory=metropole"
  function toFragment(c) {
    const p = new URLSearchParams({ dc: '1', s: c.situation, l: c.lang });
    if (c.name) p.set('n', c.name);
    for (const k of Object.keys(c.values)) if (c.values[k] !== '') p.set('v.' + k, c.values[k]);
    return p.toString();
  }

  // undefined: the fragment holds no case; null: it tries to, but cannot be read.
  function fromFragment(hash) {
    const text = (hash || '').replace(/^#/, '');
    if (!/^dc=/.test(text)) return undefined;
    try {
      const p = new URLSearchParams(text);
      const values = {};
      for (const [k, v] of p) if (k.startsWith('v.')) values[k.slice(2)] = v;
      return check({ droitconso: Number(p.get('dc')), situation: p.get('s'), name: p.get('n') || '', lang: p.get('l'), values });
    } catch (e) { return null; }
  }

  // Hands the file to the browser's downloads; the page keeps no copy.
  function download(c, fileName) {
    const url = URL.createObjectURL(new Blob([toJson(c)], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = fileName;
    a.hidden = true;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  return { check, toJson, fromJson, toFragment, fromFragment, download };
})();
