// "Today" is the person's local date, wherever they are: Chromium runs in Pacific/Kiritimati
// (UTC+14, the first place on Earth to reach a new day) and America/Cayenne (UTC−3, French Guiana),
// its clock fixed one minute before and one minute after local midnight. At those instants the UTC
// date differs from the local one, so a page that took "today" from UTC (toISOString) would be a
// day off. Each time: the default "today" in the form, and the days left to withdraw from goods
// received on 14 January 2026 (last day Wednesday 28 January 2026).
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { launch, openPage, $, withdrawal, PAGE_URL_FILE } = require('./browser');

let browser;
test.before(async () => { browser = await launch(); });
test.after(async () => { await browser.close(); });

// One minute before and after local midnight between the 19th and the 20th of January 2026, as UTC
// instants: Kiritimati is 14 hours ahead of UTC, Cayenne 3 hours behind (neither has summer time).
const CASES = [
  { zone: 'Pacific/Kiritimati', instant: '2026-01-19T09:59:00Z', local: '2026-01-19', utc: '2026-01-19', left: 9 },
  { zone: 'Pacific/Kiritimati', instant: '2026-01-19T10:01:00Z', local: '2026-01-20', utc: '2026-01-19', left: 8 },
  { zone: 'America/Cayenne', instant: '2026-01-20T02:59:00Z', local: '2026-01-19', utc: '2026-01-20', left: 9 },
  { zone: 'America/Cayenne', instant: '2026-01-20T03:01:00Z', local: '2026-01-20', utc: '2026-01-20', left: 8 },
  // On the last day itself, just after local midnight (UTC still the day before in Kiritimati) and
  // just before it (UTC already the day after in Cayenne).
  { zone: 'Pacific/Kiritimati', instant: '2026-01-27T10:01:00Z', local: '2026-01-28', utc: '2026-01-27', left: 0 },
  { zone: 'America/Cayenne', instant: '2026-01-29T02:59:00Z', local: '2026-01-28', utc: '2026-01-29', left: 0 },
];

for (const c of CASES) {
  test(`${c.zone} at ${c.instant} (local ${c.local}, UTC ${c.utc}): today is ${c.local}, ${c.left} day(s) left`, async () => {
    const { context, page, log } = await openPage(browser, PAGE_URL_FILE,
      { clock: new Date(c.instant), context: { timezoneId: c.zone } });
    // The browser itself is in that zone at that instant.
    assert.equal(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone), c.zone);
    assert.equal(await page.evaluate(() => new Date().toISOString().slice(0, 10)), c.utc);
    await withdrawal(page, '14012026');
    assert.equal(await $(page, '#answer').innerText(), 'mercredi 28 janvier 2026');
    const expected = c.left === 0 ? /C'est aujourd'hui le dernier jour/ : new RegExp(`Il vous reste ${c.left} jours`);
    assert.match(await $(page, '#days-left').innerText(), expected);
    // The default "today" the form holds (in its folded section), after the answer.
    await $(page, '#edit').click();
    await $(page, '#today').waitFor({ state: 'attached' });
    assert.equal(await $(page, '#today').inputValue(), c.local);
    assert.deepEqual(log.pageErrors, []);
    assert.deepEqual(log.requests, [PAGE_URL_FILE]);
    await context.close();
  });
}

// The page left open across local midnight: "today" follows the clock, it is not the day the page
// was opened. Opened at 23:59 on the last day (28 January 2026, local), answered two minutes later:
// the period has ended, and the form's "today" is the 29th.
for (const zone of ['Pacific/Kiritimati', 'America/Cayenne']) {
  test(`${zone}: a page opened before local midnight and answered after it uses the new day`, async () => {
    const offsetHours = zone === 'Pacific/Kiritimati' ? 14 : -3;
    const localMidnight = Date.UTC(2026, 0, 29) - offsetHours * 3600 * 1000;
    const { context, page, log } = await openPage(browser, PAGE_URL_FILE,
      { clock: new Date(localMidnight - 60 * 1000), context: { timezoneId: zone } });
    await $(page, '#situation-withdrawal').waitFor();
    await page.clock.setFixedTime(new Date(localMidnight + 60 * 1000));
    await withdrawal(page, '14012026');
    assert.match(await $(page, '#screen').innerText(), /Le délai de rétractation a pris fin le\s+mercredi 28 janvier 2026/);
    await $(page, '#edit').click();
    await $(page, '#today').waitFor({ state: 'attached' });
    assert.equal(await $(page, '#today').inputValue(), '2026-01-29');
    assert.deepEqual(log.pageErrors, []);
    await context.close();
  });
}
