// Weekday and month names in French and English, without locales (no iostreams in the wasm build).
#include "text/date_words.hpp"

namespace dc {
namespace {

constexpr const char* kWeekdaysFr[] = {"dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"};
constexpr const char* kWeekdaysEn[] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
constexpr const char* kMonthsFr[] = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet",
                                     "août", "septembre", "octobre", "novembre", "décembre"};
constexpr const char* kMonthsEn[] = {"January", "February", "March", "April", "May", "June", "July",
                                     "August", "September", "October", "November", "December"};

}  // namespace

std::string weekday_name(date::sys_days day, Lang lang) {
  const unsigned wd = date::weekday{day}.c_encoding();
  return lang == Lang::en ? kWeekdaysEn[wd] : kWeekdaysFr[wd];
}

std::string long_date(date::sys_days day, Lang lang) {
  return weekday_name(day, lang) + ' ' + day_month_year(day, lang);
}

std::string day_month_year(date::sys_days day, Lang lang) {
  const date::year_month_day ymd{day};
  const unsigned d = static_cast<unsigned>(ymd.day());
  const unsigned m = static_cast<unsigned>(ymd.month()) - 1;
  std::string out = std::to_string(d);
  if (lang == Lang::fr && d == 1) out += "er";  // « 1er mai »
  out += ' ';
  out += lang == Lang::en ? kMonthsEn[m] : kMonthsFr[m];
  out += ' ';
  out += std::to_string(static_cast<int>(ymd.year()));
  return out;
}

}  // namespace dc
