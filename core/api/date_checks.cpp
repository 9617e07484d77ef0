// Cross-field date checks, with messages that name both fields.
#include "api/date_checks.hpp"
#include "calendar/iso_date.hpp"
#include "text/fill.hpp"
#include "text/capitalize.hpp"

namespace dc::api {
void check_not_after_today(Request& req, const DateField& field, date::sys_days today) {
  if (!field.day || *field.day <= today) return;
  const std::string day = iso_date(*field.day), now = iso_date(today);
  req.error(field.name,
            fill("{} ({}), {}, est après aujourd'hui (today, {}) : indiquez une date passée.",
                 {cap_first(field.label.fr), field.name, day, now}),
            fill("{} ({}), {}, is after today (today, {}): give a past date.", {cap_first(field.label.en), field.name, day, now}));
}

void check_not_before(Request& req, const DateField& later, const DateField& earlier) {
  if (!later.day || !earlier.day || *later.day >= *earlier.day) return;
  const std::string later_day = iso_date(*later.day), earlier_day = iso_date(*earlier.day);
  req.error(later.name,
            fill("{} ({}), {}, est avant {} ({}), {}.",
                 {cap_first(later.label.fr), later.name, later_day, earlier.label.fr, earlier.name, earlier_day}),
            fill("{} ({}), {}, is before {} ({}), {}.",
                 {cap_first(later.label.en), later.name, later_day, earlier.label.en, earlier.name, earlier_day}));
}

bool check_today_for_long_periods(Request& req, date::sys_days today) {
  if (static_cast<int>(date::year_month_day{today}.year()) <= kLastYearForLongPeriods) return true;
  const std::string last = std::to_string(kLastYearForLongPeriods);
  req.error("today", fill("La date du jour (today) doit être au plus tard en {} pour cette question.", {last}),
            fill("Today's date (today) must be in {} at the latest for this question.", {last}));
  return false;
}

}  // namespace dc::api
