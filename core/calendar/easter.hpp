// Easter Sunday by the Gregorian computus (anonymous Gregorian algorithm, Meeus/Jones/Butcher).
#pragma once
#include <date/date.h>

namespace dc {

date::sys_days easter_sunday(date::year y);  // valid for Gregorian years (1583 and later)

}  // namespace dc
