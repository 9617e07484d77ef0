// Reads the case fields shared by {"question":"plan"} and {"question":"calendar"}, and calls the
// engines that date the case's own deadlines (for now the goods withdrawal period). Nothing here
// decides a rule.
#pragma once
#include <optional>
#include "api/json.hpp"
#include "api/request.hpp"
#include "rules/escalation.hpp"

namespace dc::api {

std::optional<EscalationInput> read_escalation_input(Request& req);

// The delay a formal notice gives the seller: "noticeDays", 1 to 90, 8 when not given.
std::optional<int> read_notice_days(Request& req);

// A date field that cannot be after today ("received", "complaintSent", …): the error names it.
std::optional<date::sys_days> read_past_date(Request& req, std::string_view field, Label label, bool required,
                                             date::sys_days today);

json::Value stage_json(const Stage& stage);
json::Value deadline_json(const Deadline& deadline, date::sys_days today);

}  // namespace dc::api
