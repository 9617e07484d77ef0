// JSON shapes of the withdrawal results shared by the "withdrawal" and "extension" questions.
#pragma once
#include "api/json.hpp"
#include <string_view>
#include "rules/extension.hpp"
#include "rules/refund_due.hpp"
#include "rules/withdrawal_case.hpp"

namespace dc::api {

// {"rule":…, "twelveMonths":{"safe","latest"}, "unrolledReading":…, "steps":[…]} (no "end").
json::Value extension_json(const Extension& x);

// Codes of the API for the refund-due rule and for "sent in time", shared by every question that shows them.
std::string_view refund_rule_code(RefundDueRule r);
std::string_view sent_code(SentInTime s);

}  // namespace dc::api
