// Cross-field date checks, with messages that name both fields.
#include "api/date_checks.hpp"
#include "calendar/iso_date.hpp"

namespace dc::api {
namespace {

std::string cap_first(std::string_view s) {
  std::string out(s);
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
  return out;
}

std::string named(std::string_view label, std::string_view field) {
  return std::string(label) + " (" + std::string(field) + ")";
}

}  // namespace

void check_not_after_today(Request& req, const DateField& field, date::sys_days today) {
  if (!field.day || *field.day <= today) return;
  req.error(field.name,
            cap_first(named(field.label.fr, field.name)) + ", " + iso_date(*field.day) +
                ", est après aujourd'hui (today, " + iso_date(today) + ") : indiquez une date passée.",
            cap_first(named(field.label.en, field.name)) + ", " + iso_date(*field.day) + ", is after today (today, " +
                iso_date(today) + "): give a past date.");
}

void check_not_before(Request& req, const DateField& later, const DateField& earlier) {
  if (!later.day || !earlier.day || *later.day >= *earlier.day) return;
  req.error(later.name,
            cap_first(named(later.label.fr, later.name)) + ", " + iso_date(*later.day) + ", est avant " +
                named(earlier.label.fr, earlier.name) + ", " + iso_date(*earlier.day) + ".",
            cap_first(named(later.label.en, later.name)) + ", " + iso_date(*later.day) + ", is before " +
                named(earlier.label.en, earlier.name) + ", " + iso_date(*earlier.day) + ".");
}

bool check_today_for_long_periods(Request& req, date::sys_days today) {
  if (static_cast<int>(date::year_month_day{today}.year()) <= kLastYearForLongPeriods) return true;
  const std::string last = std::to_string(kLastYearForLongPeriods);
  req.error("today", "La date du jour (today) doit être au plus tard en " + last + " pour cette question.",
            "Today's date (today) must be in " + last + " at the latest for this question.");
  return false;
}

}  // namespace dc::api
