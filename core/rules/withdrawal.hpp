// The withdrawal period for goods bought at a distance or off-premises (L221-18, L221-19):
// 14 days from receipt, the day of receipt not counted, the end rolled past closed days;
// and where "today" stands against it.
#pragma once
#include <date/date.h>
#include "calendar/territory.hpp"
#include "rules/period.hpp"
#include "rules/step.hpp"
#include "text/lang.hpp"

namespace dc {

enum class DeadlineStatus {
  open,       // today is on or before the safe date
  uncertain,  // past the safe date, not past the latest: it depends on an uncertain holiday
  closed,     // past the latest date
};

struct DeadlineFromToday {
  DeadlineStatus status;
  long days_left;  // from today to the safe date (0 on the last day itself); 0 once past it
};

DeadlineFromToday deadline_from_today(const PeriodEnd& end, date::sys_days today);

struct WithdrawalInput {
  date::sys_days received;  // goods: the day the consumer (or his designated third party) received them
  Territory territory;
  date::sys_days today;
};

struct WithdrawalResult {
  PeriodEnd end;
  DeadlineFromToday from_today;
  Steps steps;
};

WithdrawalResult goods_withdrawal(const WithdrawalInput& in, Lang lang);

// The steps shared by every 14-day period: the event day not counted, then the 14th day.
Steps explain_fourteen_days(date::sys_days event, std::string_view event_fr, std::string_view event_en, Lang lang);

}  // namespace dc
