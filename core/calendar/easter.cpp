// Gregorian computus: the date of Easter Sunday, from which Easter Monday (+1), Ascension (+39),
// Whit Monday (+50) and Good Friday (-2) follow (rules.md section 3).
#include "calendar/easter.hpp"

namespace dc {

date::sys_days easter_sunday(date::year y) {
  const int year = static_cast<int>(y);
  const int a = year % 19;
  const int b = year / 100, c = year % 100;
  const int d = b / 4, e = b % 4;
  const int f = (b + 8) / 25;
  const int g = (b - f + 1) / 3;
  const int h = (19 * a + b - d - g + 15) % 30;
  const int i = c / 4, k = c % 4;
  const int l = (32 + 2 * e + 2 * i - h - k) % 7;
  const int m = (a + 11 * h + 22 * l) / 451;
  const int month = (h + l - 7 * m + 114) / 31;
  const int day = (h + l - 7 * m + 114) % 31 + 1;
  return date::sys_days{y / date::month{static_cast<unsigned>(month)} / date::day{static_cast<unsigned>(day)}};
}

}  // namespace dc
