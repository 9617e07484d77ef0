// Reads the facts of a purchase shared by the "eligibility" and "withdrawal" questions, and writes
// the three-way verdict and the list of missing inputs (each with its question in French and
// English, so that a page can ask it). Nothing here decides a rule.
#pragma once
#include <optional>
#include <string_view>
#include <vector>
#include "api/json.hpp"
#include "api/request.hpp"
#include "rules/eligibility.hpp"

namespace dc::api {

// Every scope fact, every yes/no answer of the input table, "concluded" and "received".
// territory_required: the withdrawal question needs it (an error), the eligibility one asks for it.
PurchaseFacts read_purchase(Request& req, bool territory_required, bool contract_required);

// A date field of the input table (label from the table), optional.
std::optional<date::sys_days> read_date(Request& req, Input input);

// Records an error when a date is after today.
void not_after_today(Request& req, Input input, std::optional<date::sys_days> day, std::optional<date::sys_days> today);

json::Value missing_json(const std::vector<Input>& missing);
// {"outcome":…, "reason":…, "consequences":…, "missing":…} from the verdict, plus "checks" and "notes".
void write_verdict(json::Value& out, const Verdict& verdict, const Eligibility& eligibility);

}  // namespace dc::api
