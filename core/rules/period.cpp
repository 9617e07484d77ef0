// L221-19 / Regulation 1182/71: counting a period and rolling its end past closed days.
#include "rules/period.hpp"
#include "text/date_words.hpp"

namespace dc {
namespace {

using date::days;
using date::sys_days;

bool is_weekend(sys_days d) {
  const date::weekday wd{d};
  return wd == date::Saturday || wd == date::Sunday;
}

// Holidays of the years a roll from `nominal` can touch (a roll crosses at most into January).
std::vector<Holiday> holidays_around(sys_days nominal, Territory t) {
  const date::year y = date::year_month_day{nominal}.year();
  auto list = public_holidays(t, y);
  auto next = public_holidays(t, y + date::years{1});
  list.insert(list.end(), next.begin(), next.end());
  return list;
}

sys_days first_open_day(sys_days from, const std::vector<Holiday>& holidays, bool include_uncertain) {
  sys_days d = from;
  while (is_weekend(d) || holiday_on(holidays, d, include_uncertain)) d += days{1};
  return d;
}

}  // namespace

PeriodEnd roll_past_closed_days(sys_days nominal, Territory t) {
  const auto holidays = holidays_around(nominal, t);
  PeriodEnd end{nominal, first_open_day(nominal, holidays, false), first_open_day(nominal, holidays, true), {}};
  for (sys_days d = nominal; d < end.latest; d += days{1})
    end.skipped.push_back({d, holiday_on(holidays, d, true), d < end.safe});
  return end;
}

PeriodEnd days_after(sys_days event, int n, Territory t) { return roll_past_closed_days(event + days{n}, t); }

sys_days same_date_months_later(sys_days start, int months) {
  const date::year_month_day ymd{start};
  const date::year_month target = date::year_month{ymd.year(), ymd.month()} + date::months{months};
  const date::day last = (target / date::last).day();
  return sys_days{target / (ymd.day() <= last ? ymd.day() : last)};
}

PeriodEnd months_after(sys_days start, int months, Territory t) {
  return roll_past_closed_days(same_date_months_later(start, months), t);
}

Steps explain_roll(const PeriodEnd& end, Lang lang) {
  Steps steps;
  for (const auto& s : end.skipped) {
    const std::string day = long_date(s.day, lang);
    if (s.holiday && (s.holiday->certain || !s.moves_safe_date)) {
      const auto& h = *s.holiday;
      const std::string name = holiday_name(h.kind, lang);
      if (h.certain)
        steps.push_back({tr(lang, "Le " + day + " est un jour férié (" + name + ") : le délai est prorogé au jour suivant.",
                            day + " is a public holiday (" + name + "): the period is extended to the next day."),
                         h.source});
      else
        steps.push_back({tr(lang, "Le " + day + " (" + name + ") n'est pas retenu pour la date sûre : " +
                                      holiday_condition(h, lang) + ".",
                            day + " (" + name + ") is not counted for the safe date: " + holiday_condition(h, lang) + "."),
                         h.source});
    } else {
      const std::string wd = weekday_name(s.day, lang);
      if (s.moves_safe_date)
        steps.push_back({tr(lang, "Le " + day + " est un " + wd + " : le délai est prorogé au jour suivant.",
                            day + " is a " + wd + ": the period is extended to the next day."),
                         art::L221_19});
      else
        steps.push_back({tr(lang, "Le " + day + " est un " + wd + " : il ne prolonge le délai que si le jour précédent était chômé.",
                            day + " is a " + wd + ": it extends the period only if the day before was a day off."),
                         art::L221_19});
    }
  }
  if (end.latest != end.safe) {
    steps.push_back({tr(lang,
                        "Date sûre retenue : " + long_date(end.safe, lang) +
                            " (la plus proche, qui ne vous fait jamais perdre votre droit). Si ce jour est chômé là où vous "
                            "habitez, le délai court jusqu'au " + long_date(end.latest, lang) + ".",
                        "Safe date used: " + long_date(end.safe, lang) +
                            " (the earlier one, which never costs you your right). If that day is a day off where you live, "
                            "the period runs until " + long_date(end.latest, lang) + "."),
                     art::L221_19});
  }
  return steps;
}

}  // namespace dc
