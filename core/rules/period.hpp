// How every period of the consumer code is counted: L221-19, applying Regulation 1182/71
// (rules.md section 2). The day of the event is not counted; a period of days ends at the end of
// event + N days; a period of months on the same date N months later (or that month's last day);
// an end falling on a Saturday, Sunday or public holiday moves to the next day that is none.
#pragma once
#include <date/date.h>
#include <optional>
#include <vector>
#include "calendar/public_holidays.hpp"
#include "calendar/territory.hpp"
#include "rules/step.hpp"
#include "text/lang.hpp"

namespace dc {

// A day the end was moved past: a weekend (no holiday) or a holiday.
struct SkippedDay {
  date::sys_days day;
  std::optional<Holiday> holiday;
  bool moves_safe_date;  // false: it only moves the latest date (an uncertain holiday, or after one)
};

struct PeriodEnd {
  date::sys_days nominal;  // before any roll
  date::sys_days safe;     // rolled past weekends and certain holidays: the answer
  date::sys_days latest;   // also rolled past uncertain holidays: how far it may run
  std::vector<SkippedDay> skipped;
};

PeriodEnd roll_past_closed_days(date::sys_days nominal, Territory t);
PeriodEnd days_after(date::sys_days event, int days, Territory t);
// Reg. 1182/71 art. 3(2)(c): same date N months later, else that month's last day (29 Feb + 12 -> 28 Feb).
date::sys_days same_date_months_later(date::sys_days start, int months);
PeriodEnd months_after(date::sys_days start, int months, Territory t);

// One step per skipped day, then the safe date and, when different, the latest one and why.
Steps explain_roll(const PeriodEnd& end, Lang lang);

}  // namespace dc
