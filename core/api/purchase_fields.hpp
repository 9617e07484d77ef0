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
#include "rules/withdrawal_case.hpp"

namespace dc::api {

// Every scope fact, every yes/no answer of the input table, "concluded" and "received".
// territory_required: the withdrawal question needs it (an error), the eligibility one asks for it.
PurchaseFacts read_purchase(Request& req, bool territory_required, bool contract_required);

// The same without the scope facts (seller, channel, sector), for a question where those names mean
// something else (the plan's "seller" is where the seller is established): territory (required),
// contract (optional), concluded, received and the yes/no answers.
PurchaseFacts read_purchase_without_scope(Request& req);

// A date field of the input table (label from the table), optional.
std::optional<date::sys_days> read_date(Request& req, Input input);

// Records an error when a date is after today.
void not_after_today(Request& req, Input input, std::optional<date::sys_days> day, std::optional<date::sys_days> today);

json::Value missing_json(const std::vector<Input>& missing);
// {"outcome":…, "reason":…, "consequences":…, "missing":…} from the verdict, plus "checks" and "notes".
void write_verdict(json::Value& out, const Verdict& verdict, const Eligibility& eligibility);

// The withdrawal question's facts beyond the purchase (informationReceived, withdrawalSent,
// sellerInformed, goodsReceivedBack, proofOfShipmentSent, priceCents, deliveryCents,
// standardDeliveryCents); errors for dates after today or in an impossible order.
WithdrawalFacts read_withdrawal_facts(Request& req, PurchaseFacts purchase, date::sys_days today);

// The start date the contract needs ("received", or "concluded" for a service) is required.
void require_start_date(Request& req, const PurchaseFacts& p, date::sys_days today);

}  // namespace dc::api
