// JSON shapes shared by the guarantee questions: a date or null, and where today stands.
#pragma once
#include <date/date.h>
#include <optional>
#include <string_view>
#include "api/json.hpp"
#include "rules/civil_period.hpp"

namespace dc::api {

json::Value date_or_null(std::optional<date::sys_days> day);
json::Value bool_or_null(std::optional<bool> b);
std::string_view term_status_code(TermStatus s);  // "open", "closed", "suspended", "cannotTell"
json::Value days_left_json(const TermFromToday& t);  // a number, or null

}  // namespace dc::api
