// The increase owed by a seller who refunds late after the consumer cancelled the contract for
// non-delivery: L241-4 (rules.md section 6, last paragraph): +10 % if refunded at most 30 days
// late, 20 % up to 60 days, 50 % beyond. A separate scale from L242-4 (late refund after a
// withdrawal, rules/late_refund.hpp), which consumers and even some guides confuse with it.
#pragma once
#include <date/date.h>
#include <optional>
#include "money/checked.hpp"
#include "rules/step.hpp"
#include "text/lang.hpp"

namespace dc {

struct L241Tier {
  int percent = 0;    // 0: not late
  int first_day = 0;  // days of delay, inclusive
  int last_day = 0;   // 0: no end (beyond 60 days)
};

// "au plus tard trente jours au-delà de ce terme": day 30 is still 10 %, day 60 still 20 %.
L241Tier l241_4_tier(int days_late);

struct NonDeliveryInput {
  Cents paid;               // every sum paid, to be refunded in full
  date::sys_days due;       // the day the refund was due
  date::sys_days as_of;     // the refund day, or today
  bool refunded;
};

struct NonDeliveryNextTier {
  int day;
  date::sys_days date;
  L241Tier tier;
  Cents cents;
};

struct NonDeliveryResult {
  int days_late = 0;
  L241Tier tier;
  Cents increase = 0;
  Cents total_due = 0;
  std::optional<NonDeliveryNextTier> next;  // not refunded and below 50 %: when the increase next steps up
  Steps steps;
};

std::optional<NonDeliveryResult> non_delivery_refund(const NonDeliveryInput& in, Lang lang);

}  // namespace dc
