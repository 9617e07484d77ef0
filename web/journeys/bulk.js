// « Vérifier plusieurs commandes (fichier) »: a CSV of orders dropped into the page, checked by the
// core's bulk entry (README, Bulk check of orders) in slices of 10,000 rows, the page yielding between slices
// (a progress bar, the page stays responsive). Every row comes back: its withdrawal deadline,
// status and days left, or the reasons it cannot be read. Sortable by column, exportable as CSV
// made in the page. The file never leaves the browser: read with File.arrayBuffer(), its bytes
// handed to the wasm core as they are (Windows-1252 included).
(() => {
  const SLICE = 10000;   // rows per call of the core
  const SHOWN = 200;     // rows drawn at a time; the export always holds every row
  const text = {
    fr: {
      situation: 'Vérifier plusieurs commandes (fichier)',
      situationHint: 'Un tableau de commandes (CSV) : la date limite de rétractation de chacune.',
      intro: 'Déposez un fichier CSV de commandes, exporté d\'un tableur ou d\'un site marchand. Il faut une colonne de date de réception (« Date de réception », « Reçu le », « Date de livraison », « Received »…) ; facultatives : « N° de commande », « Montant », « Territoire ». Séparateur « ; » ou « , », dates JJ/MM/AAAA ou AAAA-MM-JJ.',
      privacy: 'Le fichier reste sur votre appareil : il est lu par cette page, jamais envoyé.',
      file: 'Fichier de commandes (CSV)',
      fileHint: 'Choisissez-le, ou déposez-le dans ce cadre.',
      territory: 'Territoire des commandes qui n\'en indiquent pas',
      reading: (done, total) => 'Lecture : ' + done + ' % (' + total + ' lignes vérifiées)',
      progress: 'Avancement',
      counts: (c) => c.rows + ' commande' + (c.rows > 1 ? 's' : '') + ' : ' + c.open + ' délai ouvert, ' + c.uncertain + ' incertain, ' + c.closed + ' expiré, ' + c.error + ' en erreur' + (c.flagged > c.error ? ' (' + (c.flagged - c.error) + ' autre' + (c.flagged - c.error > 1 ? 's' : '') + ' avec une remarque)' : '') + '.',
      caption: 'Commandes et délais de rétractation (article L221-18)',
      line: 'Ligne', deadline: 'Date limite', latest: 'Au plus tard', status: 'Statut', daysLeft: 'Jours restants', errors: 'Erreurs',
      statuses: { open: 'ouvert', uncertain: 'incertain', closed: 'expiré', error: 'erreur' },
      sortBy: (name) => 'Trier par ' + name,
      sorted: (name, dir) => 'Trié par ' + name + (dir === 'ascending' ? ', croissant.' : ', décroissant.'),
      shown: (n, total) => n + ' lignes affichées sur ' + total + '.',
      more: 'Afficher plus de lignes',
      export: 'Exporter en CSV',
      exported: 'Fichier CSV enregistré dans vos téléchargements.',
      exportHeaders: ['Date limite (sûre)', 'Date limite (au plus tard)', 'Statut', 'Jours restants', 'Erreur'],
      other: 'Vérifier un autre fichier',
      tooBig: 'Ce fichier dépasse 200 Mo : découpez-le en plusieurs fichiers.',
      unreadable: 'Le fichier n\'a pas pu être lu.'
    },
    en: {
      situation: 'Check several orders (file)',
      situationHint: 'A table of orders (CSV): each one\'s withdrawal deadline.',
      intro: 'Drop a CSV file of orders, exported from a spreadsheet or a shop. It needs a column with the date of receipt ("Received", "Date received", "Delivery date", "Date de réception"…); optional: "Order", "Amount", "Territory". Separator ";" or ",", dates DD/MM/YYYY or YYYY-MM-DD.',
      privacy: 'The file stays on your device: this page reads it and never sends it.',
      file: 'File of orders (CSV)',
      fileHint: 'Choose it, or drop it on this frame.',
      territory: 'Territory of the orders that give none',
      reading: (done, total) => 'Reading: ' + done + '% (' + total + ' rows checked)',
      progress: 'Progress',
      counts: (c) => c.rows + ' order' + (c.rows > 1 ? 's' : '') + ': ' + c.open + ' open, ' + c.uncertain + ' uncertain, ' + c.closed + ' closed, ' + c.error + ' in error' + (c.flagged > c.error ? ' (' + (c.flagged - c.error) + ' more with a remark)' : '') + '.',
      caption: 'Orders and withdrawal deadlines (article L221-18)',
      line: 'Line', deadline: 'Deadline', latest: 'Latest', status: 'Status', daysLeft: 'Days left', errors: 'Errors',
      statuses: { open: 'open', uncertain: 'uncertain', closed: 'closed', error: 'error' },
      sortBy: (name) => 'Sort by ' + name,
      sorted: (name, dir) => 'Sorted by ' + name + (dir === 'ascending' ? ', ascending.' : ', descending.'),
      shown: (n, total) => n + ' rows shown of ' + total + '.',
      more: 'Show more rows',
      export: 'Export as CSV',
      exported: 'CSV file saved in your downloads.',
      exportHeaders: ['Deadline (safe)', 'Deadline (latest)', 'Status', 'Days left', 'Error'],
      other: 'Check another file',
      tooBig: 'This file is over 200 MB: split it into several files.',
      unreadable: 'The file could not be read.'
    }
  };

  const yieldToPage = () => new Promise((resolve) => setTimeout(resolve, 0));

  // Reads the file's bytes and checks them slice by slice; ctx.state keeps the result.
  async function check(ctx, file) {
    const s = ctx.state, w = text[ctx.lang];
    Object.assign(s, { rows: [], error: '', sort: null, shown: SHOWN, name: file.name, running: true, done: 0, finished: false,
      file, lang: ctx.lang });
    ctx.refresh();
    if (file.size > 200e6) return finish(ctx, w.tooBig);
    let bytes;
    try { bytes = new Uint8Array(await file.arrayBuffer()); } catch (e) { return finish(ctx, w.unreadable); }
    let from = null, last = null;
    do {
      const request = { today: ctx.today, territory: s.territory || ctx.territory, lang: ctx.lang, limit: SLICE };
      if (from) request.from = from;
      last = ctx.engine.bulk(request, bytes);
      if (!last.ok) return finish(ctx, last.errors.map((e) => e.message).join(' '));
      for (const r of last.rows) s.rows.push(r);
      s.done = last.size ? Math.floor(100 * (last.next ? last.next.offset : last.size) / last.size) : 100;
      s.meta = { columns: last.columns, separator: last.separator, warnings: last.warnings || [] };
      const bar = ctx.state.bar;
      if (bar) { bar.value = s.done; bar.textContent = s.done + ' %'; s.barText.textContent = w.reading(s.done, s.rows.length); }
      from = last.next;
      await yieldToPage();
    } while (from);
    s.counts = { rows: 0, open: 0, uncertain: 0, closed: 0, error: 0, flagged: 0 };
    for (const r of s.rows) { s.counts.rows++; s.counts[r.status]++; if (r.errors) s.counts.flagged++; }
    finish(ctx, '');
  }

  function finish(ctx, error) {
    Object.assign(ctx.state, { running: false, error, finished: !error, focusAfter: error ? 'bulk-error' : 'bulk-counts' });
    ctx.refresh();
    ctx.say(error || text[ctx.lang].counts(ctx.state.counts));
  }

  // The columns of the table: the line, the file's own columns, then what the core worked out.
  // A date worked out by the core (ISO) written as the row's date of receipt is (JJ/MM/AAAA or ISO).
  function styledDate(s, iso, r) {
    const received = s.meta.columns.findIndex((c) => c.role === 'received');
    return !iso || /^\s*\d{4}/.test(r.cells[received] || '') ? iso || '' : iso.slice(8, 10) + '/' + iso.slice(5, 7) + '/' + iso.slice(0, 4);
  }

  function columnsOf(s, w) {
    const own = s.meta.columns.map((c, i) => ({ name: c.name || '#' + (i + 1), get: (r) => r.cells[i] || '' }));
    return [{ name: w.line, get: (r) => r.line, num: true }, ...own,
      { name: w.deadline, get: (r) => styledDate(s, r.deadline && r.deadline.safe, r), key: (r) => (r.deadline ? r.deadline.safe : ''), date: true },
      { name: w.latest, get: (r) => styledDate(s, r.deadline && r.deadline.latest, r), key: (r) => (r.deadline ? r.deadline.latest : ''), date: true },
      { name: w.status, get: (r) => w.statuses[r.status], key: (r) => ['error', 'closed', 'uncertain', 'open'].indexOf(r.status) },
      { name: w.daysLeft, get: (r) => (r.deadline ? r.daysLeft : ''), key: (r) => (r.deadline ? r.daysLeft : -1), num: true },
      // Wide enough to read a message in a few lines, not one word a line.
      { name: w.errors, get: (r) => (r.errors ? r.errors.map((e) => e.message).join(' ') : ''), cls: 'message' }];
  }

  function sortRows(s, cols, index) {
    const dir = s.sort && s.sort.index === index && s.sort.dir === 'ascending' ? 'descending' : 'ascending';
    const col = cols[index], key = col.key || col.get, sign = dir === 'ascending' ? 1 : -1;
    const collator = new Intl.Collator(undefined, { numeric: true });
    s.rows.sort((a, b) => {
      const x = key(a), y = key(b);
      const c = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
      return sign * c || a.line - b.line;
    });
    s.sort = { index, dir };
    s.shown = SHOWN;
  }

  // The export: the file's columns as read, then the deadline, status, days left and errors, with
  // the file's separator, dates in the style of the row's date of receipt; made here, in the page.
  function exportCsv(ctx) {
    const s = ctx.state, w = text[ctx.lang], sep = s.meta.separator;
    const quote = (v) => { v = String(v); return v.includes(sep) || /["\r\n]/.test(v) ? '"' + v.replace(/"/g, '""') + '"' : v; };
    const styled = (iso, r) => styledDate(s, iso, r);
    const lines = [s.meta.columns.map((c) => c.name).concat(w.exportHeaders).map(quote).join(sep)];
    const width = s.meta.columns.length;
    for (const r of s.rows) {
      const cells = r.cells.slice();
      while (cells.length < width) cells.push('');
      cells.push(styled(r.deadline && r.deadline.safe, r), styled(r.deadline && r.deadline.latest, r), w.statuses[r.status],
        r.deadline ? r.daysLeft : '', r.errors ? r.errors.map((e) => e.message).join(' ; ') : '');
      lines.push(cells.map(quote).join(sep));
    }
    const url = URL.createObjectURL(new Blob(['\ufeff' + lines.join('\r\n') + '\r\n'], { type: 'text/csv;charset=utf-8' }));
    const a = ctx.el('a', { href: url, download: (s.name || 'commandes.csv').replace(/\.[^.]*$/, '') + '-droitconso.csv', hidden: true });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    ctx.say(w.exported);
  }

  function table(ctx) {
    const s = ctx.state, w = text[ctx.lang], el = ctx.el, cols = columnsOf(s, w);
    const head = el('tr', null, cols.map((c, i) => {
      const sort = s.sort && s.sort.index === i ? s.sort.dir : 'none';
      return el('th', { scope: 'col', 'aria-sort': sort }, [el('button', { type: 'button', class: 'sort', id: 'sort-' + i,
        'aria-label': w.sortBy(c.name), text: c.name,
        on: { click: () => { sortRows(s, cols, i); s.focusAfter = 'sort-' + i; ctx.refresh(); ctx.say(w.sorted(c.name, s.sort.dir)); } } })]);
    }));
    const body = el('tbody', null, s.rows.slice(0, s.shown).map((r) => el('tr', { class: 'row-' + r.status },
      cols.map((c, i) => (i === 0 ? el('th', { scope: 'row', text: String(c.get(r)) }) : el('td', { class: c.date ? 'date' : c.cls || null, text: String(c.get(r)) }))))));
    return el('div', { class: 'bulk-table', tabindex: '0', role: 'region', 'aria-labelledby': 'bulk-caption' }, [
      el('table', { id: 'bulk-results' }, [el('caption', { id: 'bulk-caption', text: w.caption }), el('thead', null, [head]), body])]);
  }

  DroitConsoJourneys.add({
    id: 'bulk',
    order: 5,
    needs: 'bulk',
    text: { fr: { situation: text.fr.situation, situationHint: text.fr.situationHint }, en: { situation: text.en.situation, situationHint: text.en.situationHint } },
    custom(ctx) {
      const s = ctx.state, w = text[ctx.lang], el = ctx.el, R = ctx.R;
      // The language changed: the file is checked again, so that its messages are in the new one.
      if (s.file && s.lang !== ctx.lang && !s.running) setTimeout(() => check(ctx, s.file), 0);
      const input = el('input', { type: 'file', accept: '.csv,.txt,text/csv,text/plain', disabled: s.running,
        on: { change: (e) => { const f = e.target.files && e.target.files[0]; if (f) check(ctx, f); } } });
      const territory = R.select(ctx.territories, s.territory || ctx.territory);
      territory.addEventListener('change', () => { s.territory = territory.value; });
      const zone = el('div', { class: 'drop-zone', id: 'bulk-drop', on: {
        dragover: (e) => { e.preventDefault(); zone.classList.add('over'); },
        dragleave: () => zone.classList.remove('over'),
        drop: (e) => { e.preventDefault(); zone.classList.remove('over'); const f = e.dataTransfer && e.dataTransfer.files[0]; if (f && !s.running) check(ctx, f); } } },
      [R.field('bulk-file', w.file, w.fileHint, input)]);
      const nodes = [ctx.title(w.situation), el('p', { class: 'intro', text: w.intro }), el('p', { class: 'note', id: 'bulk-privacy', text: w.privacy }),
        R.field('bulk-territory', w.territory, '', territory), zone];
      if (s.running) {
        s.barText = el('p', { id: 'bulk-progress-label', text: w.reading(s.done, s.rows.length) });
        s.bar = el('progress', { id: 'bulk-progress', max: '100', value: String(s.done), 'aria-labelledby': 'bulk-progress-label', text: s.done + ' %' });
        nodes.push(el('div', { class: 'bulk-progress' }, [s.barText, s.bar]));
      } else s.bar = null;
      if (s.error) nodes.push(el('p', { class: 'error', id: 'bulk-error', tabindex: '-1', text: s.error }));
      if (s.finished) {
        nodes.push(el('p', { class: 'summary', id: 'bulk-counts', tabindex: '-1', text: w.counts(s.counts) }));
        for (const warning of s.meta.warnings) nodes.push(el('p', { class: 'note', text: warning.message }));
        nodes.push(el('div', { class: 'actions' }, [el('button', { type: 'button', class: 'primary', id: 'bulk-export', text: w.export, on: { click: () => exportCsv(ctx) } })]));
        nodes.push(table(ctx));
        nodes.push(el('p', { class: 'note', id: 'bulk-shown', text: w.shown(Math.min(s.shown, s.rows.length), s.rows.length) }));
        if (s.shown < s.rows.length)
          nodes.push(el('div', { class: 'actions' }, [el('button', { type: 'button', class: 'secondary', id: 'bulk-more', text: w.more, on: { click: () => { s.shown += SHOWN * 5; ctx.refresh(); } } })]));
      }
      nodes.push(el('div', { class: 'actions' }, [el('button', { type: 'button', class: 'secondary', id: 'home', text: ctx.t.home, on: { click: ctx.home } })]));
      if (s.focusAfter) {
        const id = s.focusAfter;
        s.focusAfter = null;
        setTimeout(() => { const b = nodes.map((n) => (n.id === id ? n : n.querySelector('#' + id))).find(Boolean); if (b) b.focus(); }, 0);
      }
      return nodes;
    }
  });
})();
