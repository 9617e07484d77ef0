// When the seller must refund after a withdrawal, and what (L221-24; rules.md section 5).
// Reading: the refund is due on the later of (the day the seller was informed + 14 days, counted as
// in section 2) and, for goods the seller did not offer to collect, the earlier of (the day he got
// the goods back, the day the consumer gave proof of shipment). The late-refund increase (L242-4)
// counts from this date; its engine reuses refund_due_date().
#pragma once
#include <cstdint>
#include <date/date.h>
#include <optional>
#include <vector>
#include "calendar/territory.hpp"
#include "rules/inputs.hpp"
#include "rules/period.hpp"
#include "rules/step.hpp"
#include "text/lang.hpp"

namespace dc {

enum class RefundDueRule {
  informed_plus_14_days,  // 14 days from the day the seller was informed
  goods_received_back,    // deferred to the day the seller got the goods back
  proof_of_shipment,      // deferred to the day the consumer gave proof of shipment
  not_yet_known,          // the seller may still wait: neither has happened (or is known) yet
};

struct RefundDueInput {
  date::sys_days seller_informed;
  bool goods;                            // only goods can defer the refund
  std::optional<bool> seller_collects;   // he offered to collect them: no deferral
  std::optional<date::sys_days> goods_received_back;
  std::optional<date::sys_days> proof_of_shipment_sent;
  Territory territory;
};

struct RefundDue {
  PeriodEnd fourteen_days;             // informed + 14 days, rolled past closed days
  std::optional<date::sys_days> safe;  // the due date (certain holidays only); nullopt while not yet known
  std::optional<date::sys_days> latest;  // also past uncertain holidays
  RefundDueRule decided_by;
  // When it is not known whether the seller offered to collect and a deferral was used: the due
  // date if he did (no deferral).
  std::optional<date::sys_days> if_seller_collects;
  std::vector<Input> missing;
};

RefundDue refund_due_date(const RefundDueInput& in);
Steps explain_refund_due(const RefundDueInput& in, const RefundDue& due, Lang lang);

// What must be refunded: every sum paid, delivery included, but only the standard delivery cost
// when the consumer chose a dearer one; by the same means of payment. nullopt on overflow.
struct RefundSums {
  std::int64_t cents;
  Steps steps;
};
std::optional<RefundSums> refund_sums(std::int64_t price_cents, std::int64_t delivery_cents,
                                      std::optional<std::int64_t> standard_delivery_cents, Lang lang);
Step same_means_of_payment(Lang lang);

}  // namespace dc
