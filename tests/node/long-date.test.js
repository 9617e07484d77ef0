// The page's long dates (web/render.js longDate, tables rather than Intl.DateTimeFormat) are the
// core's (core/text/date_words.cpp long_date, read from the period question's first step) for every
// day of 1990 to 2060 in both languages, and match what ICU writes for fr-FR and en-GB for every day
// of 1900 to 2200, but for the French « 1er » and en-GB's optional comma after the weekday.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const vm = require('vm');
const { engine } = require('./engine');

const context = vm.createContext({});
vm.runInContext(`${fs.readFileSync(path.join(__dirname, '..', '..', 'web', 'render.js'), 'utf8')}\nthis.R = DroitConsoRender;`, context);
const { longDate } = context.R;

test('known days, the first of the month in French, and text that is no date', () => {
  assert.equal(longDate('2026-01-28', 'fr'), 'mercredi 28 janvier 2026');
  assert.equal(longDate('2026-03-01', 'fr'), 'dimanche 1er mars 2026');
  assert.equal(longDate('2026-03-01', 'en'), 'Sunday 1 March 2026');
  assert.equal(longDate('2027-09-10', 'en'), 'Friday 10 September 2027');
  assert.equal(longDate('2026-08-15', 'fr'), 'samedi 15 août 2026');
  assert.equal(longDate('0050-01-01', 'en'), 'Saturday 1 January 50');  // not read as 1950
  assert.equal(longDate('pas une date', 'fr'), 'pas une date');
});

test('every day from 1900 to 2200 as ICU writes it', () => {
  const fr = new Intl.DateTimeFormat('fr-FR', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const en = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  let days = 0;
  for (let t = Date.UTC(1900, 0, 1); t <= Date.UTC(2200, 11, 31); t += 86400000, days++) {
    const iso = new Date(t).toISOString().slice(0, 10);
    assert.equal(longDate(iso, 'fr').replace(/ 1er /, ' 1 '), fr.format(new Date(t)), iso);
    assert.equal(longDate(iso, 'en'), en.format(new Date(t)).replace(',', ''), iso);
  }
  assert.equal(days, 109938);  // 301 years, 73 of them leap years
});

test('the same text as the core writes, every day of 1990 to 2060, French and English', async () => {
  const e = await engine();
  let days = 0;
  for (let t = Date.UTC(1990, 0, 1); t <= Date.UTC(2060, 11, 31); t += 86400000, days++) {
    const iso = new Date(t).toISOString().slice(0, 10);
    for (const lang of ['fr', 'en']) {
      const r = e.ask({ question: 'period', event: iso, territory: 'metropole', lang });
      const core = /\(([^)]*)\)/.exec(r.steps[0].text)[1];  // "Le jour de l'événement (dimanche 15 février 2026) …"
      assert.equal(longDate(iso, lang), core, `${iso} ${lang}`);
    }
  }
  assert.equal(days, 25933);
});
