// JSON for dates that may be unknown and for a period's status.
#include "api/term_json.hpp"
#include "calendar/iso_date.hpp"

namespace dc::api {

json::Value date_or_null(std::optional<date::sys_days> day) { return day ? json::Value(iso_date(*day)) : json::Value(); }

json::Value bool_or_null(std::optional<bool> b) { return b ? json::Value(*b) : json::Value(); }

std::string_view term_status_code(TermStatus s) {
  switch (s) {
    case TermStatus::open: return "open";
    case TermStatus::closed: return "closed";
    case TermStatus::suspended: return "suspended";
    case TermStatus::cannot_tell: return "cannotTell";
  }
  return "";
}

json::Value days_left_json(const TermFromToday& t) {
  return t.days_left ? json::Value(static_cast<long long>(*t.days_left)) : json::Value();
}

}  // namespace dc::api
