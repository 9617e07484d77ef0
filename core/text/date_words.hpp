// Dates written out for people: "mercredi 28 janvier 2026" / "Wednesday 28 January 2026".
#pragma once
#include <date/date.h>
#include <string>
#include "text/lang.hpp"

namespace dc {

std::string long_date(date::sys_days day, Lang lang);     // with the weekday
std::string weekday_name(date::sys_days day, Lang lang);  // "samedi" / "Saturday"
std::string day_month_year(date::sys_days day, Lang lang);  // "1er mai 2026" / "1 May 2026": letters, no weekday

}  // namespace dc
