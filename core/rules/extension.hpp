// The L221-20 extension (rules.md sections 2 and 4): when the seller did not give the withdrawal
// information (L221-5, 7°), the period runs 12 more months from the end of the initial period
// (Reading: from its end as rolled past closed days), counted by the month rule of Regulation
// 1182/71 art. 3(2)(c); if the information arrives during the extension, the period ends 14 days
// after the day it was received.
#pragma once
#include <date/date.h>
#include <optional>
#include "calendar/territory.hpp"
#include "rules/period.hpp"
#include "rules/step.hpp"
#include "text/lang.hpp"

namespace dc {

enum class ExtensionRule {
  twelve_months,                   // information never given, or given after the extension ended
  fourteen_days_from_information,  // information received during the extension
  information_in_time,             // received before the initial period ended: no extension (Reading)
};

struct Extension {
  ExtensionRule rule;
  PeriodEnd twelve_months;  // the initial (rolled) end + 12 months, rolled
  PeriodEnd end;            // where the period ends
  // The other reading: 12 months from the initial end before it was rolled, when that gives another date.
  std::optional<date::sys_days> unrolled_reading;
  Steps steps;
};

Extension extended_period(const PeriodEnd& initial, std::optional<date::sys_days> information_received, Territory t,
                          Lang lang);

}  // namespace dc
