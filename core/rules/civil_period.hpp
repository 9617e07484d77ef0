// Periods of the guarantees and of the Code civil (L217-3, L217-7, L217-13, L224-25-12, C. civ.
// 1648, 2232): the day of the event is not counted and a period of months ends on the same date N
// months later, or on that month's last day when it has no such date (CPC 641; the same rule as
// Reg. 1182/71 art. 3(2)(c), see rules/period.hpp). The end is NOT moved past weekends or public
// holidays: the texts say nothing of it for these periods, and the earlier date never costs the
// consumer his right (reading; every answer says so in a step, with the later date a move would give).
#pragma once
#include <date/date.h>
#include <optional>
#include "calendar/territory.hpp"
#include "rules/legal_source.hpp"
#include "rules/step.hpp"
#include "text/lang.hpp"

namespace dc {

// Where "today" stands against the end of a period.
enum class TermStatus {
  open,         // today is on or before the last day
  closed,       // today is after it
  suspended,    // the period does not run at present (goods immobilised for repair or replacement)
  cannot_tell,  // a fact is missing
};

struct TermFromToday {
  TermStatus status = TermStatus::cannot_tell;
  std::optional<long> days_left;  // open: from today to the last day (0 on the last day itself)
};

TermFromToday term_from_today(std::optional<date::sys_days> last_day, date::sys_days today);

// A step only when the start day does not exist in the end month: "31 August + 6 months: no
// 31 February; the period ends on the last day of February" (CPC 641).
std::optional<Step> explain_month_end(date::sys_days start, int months, Lang lang);

// The later end a move past closed days would give (the alternative reading): weekends always;
// public holidays only when the territory is known. The day itself when it is open.
date::sys_days end_if_moved(date::sys_days last_day, std::optional<Territory> territory);

// The no-move reading for the last day of a period, with the later date a move past closed days
// would give: weekends always; public holidays only when the territory is known.
Step explain_no_roll(date::sys_days last_day, const ArticleRef& article, std::optional<Territory> territory,
                     Lang lang);

// Information worth giving next to any guarantee: the consumer's other claims against a professional
// (5 years from when he knew the facts, C. civ. 2224) and the professional's against him (2 years, L218-2).
Steps other_claims_information(Lang lang);

}  // namespace dc
