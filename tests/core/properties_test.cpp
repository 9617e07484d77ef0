// Properties that must hold for every day and every territory (rules.md sections 2 and 3): the end
// of a 14-day period and of a 12-month period (L221-19, Reg. 1182/71), the holiday lists, Easter.
// Exhaustive over 1900-2200 (about 110,000 days x 9 territories x 2 kinds of period).
#include <catch2/catch.hpp>
#include <algorithm>
#include <array>
#include <optional>
#include <set>
#include <string>
#include <vector>
#include "calendar/easter.hpp"
#include "calendar/iso_date.hpp"
#include "calendar/public_holidays.hpp"
#include "calendar/territory.hpp"
#include "rules/period.hpp"

using namespace date::literals;
using date::days;
using date::sys_days;
using dc::Territory;

namespace {

constexpr sys_days kFirstEvent{1900_y / 1 / 1};
constexpr sys_days kLastEvent{2200_y / 12 / 31};

// How far an end can roll: end − nominal ≤ the longest run of consecutive closed days (if the
// nominal end is the first day of such a run, the end is the day after it).
// Derivation. From March to December the weekday of every date is fixed by the date of Easter
// (a Sunday), so the 35 possible Easter dates (22 March to 25 April) give every arrangement of
// the spring holidays against weekends; the January ones depend on the weekday of 1 January only.
// A weekend is 2 days; a run is longer only by holidays on the Friday/Thursday before it or the
// Monday/Tuesday after it:
//  - certain holidays: Thursday Ascension + Friday 1 or 8 May (Easter 22 or 29 March) + weekend;
//    Alsace-Moselle: Thursday 25 + Friday 26 December + weekend; Mayotte: weekend + Easter Monday
//    26 April + Tuesday 27 April; Guadeloupe and Saint-Martin: weekend + Whit Monday 26 May +
//    Tuesday 27 May; Guyane: weekend + Whit Monday 9 June + Tuesday 10 June; Martinique: Thursday
//    Ascension 21 May + Friday 22 May + weekend. All 4 days: no three holidays fall on
//    consecutive weekdays next to a weekend, and a Friday-Monday pair around a weekend (8 May +
//    Whit Monday 11 May) comes without a Thursday or Tuesday holiday. Bound: 4.
//  - with the uncertain ones too: Good Friday + weekend + Easter Monday is 4 again; only
//    Saint-Martin reaches 5: weekend + Whit Monday 26 May + 27 May (certain) + 28 May (observed),
//    when Easter is on 6 April. Bound: 5 in Saint-Martin, 4 elsewhere.
// The test "the longest runs of closed days" below checks these bounds over every accepted year.
constexpr int kLongestCertainRun = 4;
constexpr int longest_run(Territory t) { return t == Territory::saint_martin ? 5 : 4; }

bool is_weekend(sys_days d) {
  const date::weekday wd{d};
  return wd == date::Saturday || wd == date::Sunday;
}

// Every day of years [first, last] of one territory: weekend, certain holiday, uncertain holiday.
// Built from the holiday lists once, so the sweeps below look each day up in constant time.
class ClosedDays {
 public:
  ClosedDays(Territory t, int first, int last)
      : origin_{date::year{first} / 1 / 1}, flags_(static_cast<std::size_t>((sys_days{date::year{last} / 12 / 31} - origin_).count() + 1)) {
    for (int y = first; y <= last; ++y)
      for (const auto& h : dc::public_holidays(t, date::year{y}))
        flags_[index(h.day)] |= h.certain ? kCertain : kUncertain;
  }
  bool covers(sys_days d) const { return d >= origin_ && (d - origin_).count() < static_cast<long>(flags_.size()); }
  bool certain_holiday(sys_days d) const { return flags_[index(d)] & kCertain; }
  bool any_holiday(sys_days d) const { return flags_[index(d)] != 0; }
  bool closed_for_safe(sys_days d) const { return is_weekend(d) || certain_holiday(d); }
  bool closed_for_latest(sys_days d) const { return is_weekend(d) || any_holiday(d); }

 private:
  static constexpr unsigned char kCertain = 1, kUncertain = 2;
  std::size_t index(sys_days d) const { return static_cast<std::size_t>((d - origin_).count()); }
  sys_days origin_;
  std::vector<unsigned char> flags_;
};

// The checks shared by both kinds of period, on one end; `previous` is the end for the day before.
// Returns the first property broken, or nullptr. (Plain tests rather than a REQUIRE each: over two
// million ends, Catch's bookkeeping per assertion would cost more than the periods themselves.)
const char* broken_property(const dc::PeriodEnd& end, const ClosedDays& closed, Territory t,
                            const dc::PeriodEnd* previous) {
  if (!closed.covers(end.latest)) return "the end is outside the years the test prepared";
  // Never a Saturday, Sunday or (certain, for the safe date; any, for the latest) holiday.
  if (closed.closed_for_safe(end.safe)) return "the safe end is a Saturday, Sunday or certain holiday";
  if (closed.closed_for_latest(end.latest)) return "the latest end is a Saturday, Sunday or holiday";
  // Rolled forward only, and only past closed days, no further than the longest closed run.
  if (end.safe < end.nominal) return "the safe end is before the nominal end";
  if (end.latest < end.safe) return "the latest end is before the safe end";
  if ((end.safe - end.nominal).count() > kLongestCertainRun) return "the safe end rolled past the longest closed run";
  if ((end.latest - end.nominal).count() > longest_run(t)) return "the latest end rolled past the longest closed run";
  for (sys_days d = end.nominal; d < end.safe; d += days{1})
    if (!closed.closed_for_safe(d)) return "the safe end rolled past an open day";
  for (sys_days d = end.nominal; d < end.latest; d += days{1})
    if (!closed.closed_for_latest(d)) return "the latest end rolled past an open day";
  // The explanation lists exactly the days skipped, and says which moved the safe date.
  if (end.skipped.size() != static_cast<std::size_t>((end.latest - end.nominal).count()))
    return "the skipped days are not the days from the nominal end to the latest end";
  for (std::size_t i = 0; i < end.skipped.size(); ++i) {
    if (end.skipped[i].day != end.nominal + days{static_cast<int>(i)}) return "a skipped day is out of order";
    if (end.skipped[i].moves_safe_date != (end.skipped[i].day < end.safe)) return "a skipped day misstates whether it moves the safe end";
  }
  // Monotonic: a later event never gives an earlier end.
  if (previous && previous->safe > end.safe) return "a later event gives an earlier safe end";
  if (previous && previous->latest > end.latest) return "a later event gives an earlier latest end";
  return nullptr;
}

}  // namespace

TEST_CASE("A 14-day period ends on an open day, at most the longest closed run after event + 14 (every day 1900-2200, every territory)") {
  for (const Territory t : dc::all_territories()) {
    INFO("territory " << dc::territory_code(t));
    const ClosedDays closed(t, 1900, 2201);
    std::array<int, 6> safe_rolls{}, latest_rolls{};
    std::optional<dc::PeriodEnd> previous;
    long ends = 0;
    for (sys_days event = kFirstEvent; event <= kLastEvent; event += days{1}, ++ends) {
      const dc::PeriodEnd end = dc::days_after(event, 14, t);
      const char* broken = end.nominal != event + days{14} ? "the nominal end is not event + 14 days"
                                                           : broken_property(end, closed, t, previous ? &*previous : nullptr);
      if (broken) FAIL("event " << dc::iso_date(event) << ", safe end " << dc::iso_date(end.safe) << ": " << broken);
      ++safe_rolls[static_cast<std::size_t>((end.safe - end.nominal).count())];
      ++latest_rolls[static_cast<std::size_t>((end.latest - end.nominal).count())];
      previous = end;
    }
    CHECK(ends == 109938);  // every day of 1900-2200: 301 years, 73 of them leap years
    // The bounds are reached: they are the real longest runs, not loose guesses.
    CHECK(safe_rolls[kLongestCertainRun] > 0);
    CHECK(latest_rolls[static_cast<std::size_t>(longest_run(t))] > 0);
  }
}

TEST_CASE("A 12-month period ends on the same date a year later, or on the month's last day, then rolls like any end (every day 1900-2200, every territory)") {
  for (const Territory t : dc::all_territories()) {
    INFO("territory " << dc::territory_code(t));
    const ClosedDays closed(t, 1900, 2202);
    std::optional<dc::PeriodEnd> previous;
    for (sys_days event = kFirstEvent; event <= kLastEvent; event += days{1}) {
      const dc::PeriodEnd end = dc::months_after(event, 12, t);
      const date::year_month_day from{event}, to{end.nominal};
      // Reg. 1182/71 art. 3(2)(c): same day of the same month a year later; 29 February gives 28 February.
      const char* broken = nullptr;
      if (to.year() != from.year() + date::years{1} || to.month() != from.month())
        broken = "the nominal end is not in the same month a year later";
      else if (to.day() != std::min(from.day(), (to.year() / to.month() / date::last).day()))
        broken = "the nominal end is not the same date, or the month's last day";
      else if (const auto length = (end.nominal - event).count(); length != 365 && length != 366)
        broken = "the nominal end is not 365 or 366 days after the event";
      else
        broken = broken_property(end, closed, t, previous ? &*previous : nullptr);
      if (broken) FAIL("event " << dc::iso_date(event) << ", safe end " << dc::iso_date(end.safe) << ": " << broken);
      previous = end;
    }
  }
}

TEST_CASE("N months later is the same date, or that month's last day, for every N from 1 to 12 (every day 1900-2200)") {
  for (sys_days event = kFirstEvent; event <= kLastEvent; event += days{1}) {
    const date::year_month_day from{event};
    sys_days before = event;
    for (int n = 1; n <= 12; ++n) {
      const sys_days later = dc::same_date_months_later(event, n);
      const date::year_month_day to{later};
      const date::year_month expected = date::year_month{from.year(), from.month()} + date::months{n};
      const bool right = to.year() == expected.year() && to.month() == expected.month() &&
                         to.day() == std::min(from.day(), (expected / date::last).day()) &&
                         later > before;  // each month further is later
      if (!right) FAIL(dc::iso_date(event) << " + " << n << " months gave " << dc::iso_date(later));
      before = later;
    }
  }
}

TEST_CASE("The longest runs of closed days, over every year the product accepts, are the bounds stated above") {
  // Every possible Easter date (22 March to 25 April) occurs in these years, so every
  // arrangement of holidays and weekends is met (see the derivation above).
  std::set<unsigned> easter_days;
  for (int y = dc::kMinYear; y <= dc::kMaxYear; ++y) {
    const date::year_month_day e{dc::easter_sunday(date::year{y})};
    easter_days.insert(static_cast<unsigned>(e.month()) * 100 + static_cast<unsigned>(e.day()));
  }
  CHECK(easter_days.size() == 35);
  for (const Territory t : dc::all_territories()) {
    INFO("territory " << dc::territory_code(t));
    const ClosedDays closed(t, dc::kMinYear, dc::kMaxYear);
    int certain_run = 0, any_run = 0, longest_certain = 0, longest_any = 0;
    for (sys_days d{date::year{dc::kMinYear} / 1 / 1}; d <= sys_days{date::year{dc::kMaxYear} / 12 / 31}; d += days{1}) {
      certain_run = closed.closed_for_safe(d) ? certain_run + 1 : 0;
      any_run = closed.closed_for_latest(d) ? any_run + 1 : 0;
      longest_certain = std::max(longest_certain, certain_run);
      longest_any = std::max(longest_any, any_run);
    }
    CHECK(longest_certain == kLongestCertainRun);
    CHECK(longest_any == longest_run(t));
  }
}

namespace {

// Gauss's Easter formula in Lichtenberg's form (1997): a second algorithm, independent of the
// core's (Meeus/Jones/Butcher), giving the day of March (32 = 1 April).
int lichtenberg_march_day(int y) {
  const int k = y / 100;
  const int m = 15 + (3 * k + 3) / 4 - (8 * k + 13) / 25;
  const int s = 2 - (3 * k + 3) / 4;
  const int a = y % 19;
  const int d = (19 * a + m) % 30;
  const int r = (d + a / 11) / 29;
  const int og = 21 + d - r;
  const int sz = 7 - (y + y / 4 + s) % 7;
  const int oe = 7 - (og - sz) % 7;
  return og + oe;
}

sys_days march_day(int y, int day_of_march) { return sys_days{date::year{y} / 3 / 1} + days{day_of_march - 1}; }

// Easter Sunday 1900-2200 as days of March (32 = 1 April). Written from two algorithms (Meeus/
// Jones/Butcher and Gauss-Lichtenberg) and python-dateutil's easter(), which agree on every year
// 1583-9999; spot-checked against published dates (2024-03-31, 2025-04-20, 2026-04-05).
constexpr int kEasterSince1900[] = {
    46, 38, 30, 43, 34, 54, 46, 31, 50, 42, 27, 47, 38, 23, 43, 35, 54, 39, 31, 51,  // 1900
    35, 27, 47, 32, 51, 43, 35, 48, 39, 31, 51, 36, 27, 47, 32, 52, 43, 28, 48, 40,  // 1920
    24, 44, 36, 56, 40, 32, 52, 37, 28, 48, 40, 25, 44, 36, 49, 41, 32, 52, 37, 29,  // 1940
    48, 33, 53, 45, 29, 49, 41, 26, 45, 37, 29, 42, 33, 53, 45, 30, 49, 41, 26, 46,  // 1960
    37, 50, 42, 34, 53, 38, 30, 50, 34, 26, 46, 31, 50, 42, 34, 47, 38, 30, 43, 35,  // 1980
    54, 46, 31, 51, 42, 27, 47, 39, 23, 43, 35, 55, 39, 31, 51, 36, 27, 47, 32, 52,  // 2000
    43, 35, 48, 40, 31, 51, 36, 28, 47, 32, 52, 44, 28, 48, 40, 25, 44, 36, 56, 41,  // 2020
    32, 52, 37, 29, 48, 40, 25, 45, 36, 49, 41, 33, 52, 37, 29, 49, 33, 53, 45, 30,  // 2040
    49, 41, 26, 46, 37, 29, 42, 34, 53, 45, 30, 50, 41, 26, 46, 38, 50, 42, 34, 54,  // 2060
    38, 30, 50, 35, 26, 46, 31, 51, 42, 34, 47, 39, 30, 43, 35, 55, 46, 31, 51, 43,  // 2080
    28, 48, 40, 25, 44, 36, 49, 41, 32, 52, 37, 29, 48, 33, 53, 45, 29, 49, 41, 26,  // 2100
    45, 37, 29, 42, 33, 53, 45, 30, 49, 41, 26, 46, 37, 50, 42, 34, 53, 38, 30, 50,  // 2120
    34, 26, 46, 31, 50, 42, 34, 47, 38, 30, 43, 35, 54, 46, 31, 51, 42, 27, 47, 39,  // 2140
    23, 43, 35, 55, 39, 31, 51, 36, 27, 47, 32, 52, 43, 35, 48, 40, 31, 51, 36, 28,  // 2160
    47, 32, 52, 44, 28, 48, 40, 25, 44, 36, 56, 41, 32, 52, 37, 29, 48, 40, 25, 45,  // 2180
    37,                                                                              // 2200
};

}  // namespace

TEST_CASE("Easter Sunday matches the reference list 1900-2200 and the dates that test the computus") {
  static_assert(std::size(kEasterSince1900) == 301);
  for (int y = 1900; y <= 2200; ++y) {
    INFO("year " << y);
    REQUIRE(dc::easter_sunday(date::year{y}) == march_day(y, kEasterSince1900[y - 1900]));
  }
  CHECK(dc::easter_sunday(2024_y) == sys_days{2024_y / 3 / 31});
  CHECK(dc::easter_sunday(2025_y) == sys_days{2025_y / 4 / 20});
  CHECK(dc::easter_sunday(2026_y) == sys_days{2026_y / 4 / 5});
  CHECK(dc::easter_sunday(1583_y) == sys_days{1583_y / 4 / 10});  // the first accepted year
  CHECK(dc::easter_sunday(1818_y) == sys_days{1818_y / 3 / 22});  // the earliest possible date
  CHECK(dc::easter_sunday(2285_y) == sys_days{2285_y / 3 / 22});
  CHECK(dc::easter_sunday(1943_y) == sys_days{1943_y / 4 / 25});  // the latest possible date
  CHECK(dc::easter_sunday(2038_y) == sys_days{2038_y / 4 / 25});
  CHECK(dc::easter_sunday(1954_y) == sys_days{1954_y / 4 / 18});  // Gauss's exceptions: not the 25th
  CHECK(dc::easter_sunday(1981_y) == sys_days{1981_y / 4 / 19});  // not the 26th
  CHECK(dc::easter_sunday(2049_y) == sys_days{2049_y / 4 / 18});
  CHECK(dc::easter_sunday(2076_y) == sys_days{2076_y / 4 / 19});
}

TEST_CASE("Easter Sunday agrees with the Gauss-Lichtenberg formula for every accepted year, and is a Sunday from 22 March to 25 April") {
  for (int y = dc::kMinYear; y <= dc::kMaxYear; ++y) {
    INFO("year " << y);
    const sys_days easter = dc::easter_sunday(date::year{y});
    REQUIRE(easter == march_day(y, lichtenberg_march_day(y)));
    REQUIRE(date::weekday{easter} == date::Sunday);
    REQUIRE(easter >= sys_days{date::year{y} / 3 / 22});
    REQUIRE(easter <= sys_days{date::year{y} / 4 / 25});
  }
}

TEST_CASE("Every territory has its own number of holidays every year, each once, in date order, within the year") {
  struct Expected {
    Territory territory;
    std::size_t all, certain;
  };
  // rules.md section 3: 11 national days; Alsace-Moselle + 26 December (certain) + Good Friday
  // (uncertain); overseas + the abolition day (certain); Saint-Martin + 28 May (uncertain);
  // Guadeloupe, Martinique, Guyane + Good Friday (customary); Guadeloupe, Martinique + 21 July (customary).
  constexpr Expected kCounts[] = {
      {Territory::metropole, 11, 11},  {Territory::alsace_moselle, 13, 12}, {Territory::guadeloupe, 14, 12},
      {Territory::martinique, 14, 12}, {Territory::guyane, 13, 12},         {Territory::la_reunion, 12, 12},
      {Territory::mayotte, 12, 12},    {Territory::saint_barthelemy, 12, 12}, {Territory::saint_martin, 13, 12},
  };
  REQUIRE(std::size(kCounts) == dc::all_territories().size());
  for (const auto& expected : kCounts) {
    INFO("territory " << dc::territory_code(expected.territory));
    for (int y = dc::kMinYear; y <= dc::kMaxYear; ++y) {
      const auto holidays = dc::public_holidays(expected.territory, date::year{y});
      const auto certain = static_cast<std::size_t>(
          std::count_if(holidays.begin(), holidays.end(), [](const dc::Holiday& h) { return h.certain; }));
      std::set<dc::HolidayKind> kinds;
      bool in_order = true;
      for (std::size_t i = 0; i < holidays.size(); ++i) {
        in_order = in_order && date::year_month_day{holidays[i].day}.year() == date::year{y} &&
                   (i == 0 || holidays[i - 1].day <= holidays[i].day);
        kinds.insert(holidays[i].kind);
      }
      if (holidays.size() != expected.all || certain != expected.certain || !in_order || kinds.size() != holidays.size())
        FAIL("year " << y << ": " << holidays.size() << " holidays, " << certain << " certain"
                     << (in_order ? "" : ", not in date order within the year")
                     << (kinds.size() == holidays.size() ? "" : ", a holiday twice"));
    }
  }
}
