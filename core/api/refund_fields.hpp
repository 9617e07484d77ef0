// Reads the fields of {"question":"refund"} (the sums, the due date or the facts that set it, the
// refund day or today) and runs the refund engines on them: shared by the refund question and the
// formal notice to refund (letter kind "refund"), so that both compute the same figures once.
#pragma once
#include <optional>
#include "api/request.hpp"
#include "rules/late_refund.hpp"
#include "rules/refund_due.hpp"

namespace dc::api {

struct RefundCase {
  bool due_given = false;                 // "refundDue" was given directly
  std::optional<RefundDueInput> due_facts;  // otherwise, the section 5 facts
  std::optional<RefundDue> due;           // and what rules/refund_due made of them
  Steps due_steps;
  std::optional<int> supplied_rate;       // "legalRatePercent"
  // Absent while the due date cannot be told yet (due->missing says what is needed).
  std::optional<LateRefundInput> input;
  std::optional<LateRefundResult> result;  // late_refund(*input, the request's language)
};

// nullopt when the request has errors (each names its field).
std::optional<RefundCase> read_refund_case(Request& req);

std::string_view refund_rule_code(RefundDueRule r);  // "informed-plus-14-days", …

// The day the delay stops: "refunded" when the refund was made, else "today" (one of them is
// required; a refund after today is refused). Shared by refund and non-delivery-refund.
struct RefundEnd {
  std::optional<date::sys_days> refunded, today;
  // The day the delay is counted to, when known.
  std::optional<date::sys_days> day() const { return refunded ? refunded : today; }
};
RefundEnd read_refund_end(Request& req);

}  // namespace dc::api
