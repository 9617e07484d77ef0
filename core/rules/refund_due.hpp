// The day the refund is due after a withdrawal (L221-24; rules.md section 5). All sums paid are
// refunded within 14 days of the day the seller was informed of the withdrawal, counted like every
// 14-day period (L221-19: event day not counted, end rolled past closed days). For goods, unless the
// seller offered to collect them, he may wait until he gets them back or receives proof of
// shipment, whichever comes first. Reading: due = the later of (informed + 14 days) and the
// earlier of (goods received back, proof of shipment sent).
#pragma once
#include <date/date.h>
#include <optional>
#include <vector>
#include "calendar/territory.hpp"
#include "rules/period.hpp"
#include "rules/step.hpp"
#include "text/lang.hpp"

namespace dc {

enum class RefundDueRule {
  informed_plus_14,     // 14 days after the seller was informed (rolled past closed days)
  goods_received_back,  // the day the seller got the goods back, later than that
  proof_of_shipment,    // the day the consumer sent proof of shipment, later than that
};

// A fact the due date needs and the consumer has not given yet.
enum class RefundDueFact {
  seller_collects,      // did the seller offer to collect the goods?
  goods_back_or_proof,  // the day the seller got the goods back, or the consumer sent proof of shipment
};

struct RefundDueInput {
  date::sys_days informed;  // the day the seller was informed of the withdrawal
  Territory territory;      // the consumer's: its holidays end the 14-day period (rules.md section 3)
  bool goods;               // false: services or digital content, nothing to send back
  std::optional<bool> seller_collects;
  std::optional<date::sys_days> goods_received_back;
  std::optional<date::sys_days> proof_of_shipment;
};

struct RefundDue {
  bool known = false;                  // false: cannot tell yet, see `missing`
  std::vector<RefundDueFact> missing;
  PeriodEnd fourteen_days;             // informed + 14 days, rolled
  date::sys_days safe{};               // the due date (the earlier one when a holiday is uncertain)
  date::sys_days latest{};             // the due date if the uncertain holidays are days off
  RefundDueRule rule = RefundDueRule::informed_plus_14;
  Steps steps;
};

RefundDue refund_due_date(const RefundDueInput& in, Lang lang);

}  // namespace dc
