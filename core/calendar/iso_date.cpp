// Strict ISO 8601 calendar dates (YYYY-MM-DD), both directions.
#include "calendar/iso_date.hpp"

namespace dc {
namespace {

bool digits(std::string_view s, int& out) {
  out = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    out = out * 10 + (c - '0');
  }
  return true;
}

void put_digits(std::string& out, int value, int width) {
  char buf[8];
  for (int i = width - 1; i >= 0; --i) {
    buf[i] = static_cast<char>('0' + value % 10);
    value /= 10;
  }
  out.append(buf, static_cast<std::size_t>(width));
}

}  // namespace

DateReading read_iso_date(std::string_view text) {
  if (text.empty()) return {std::nullopt, DateError::empty};
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return {std::nullopt, DateError::format};
  int y = 0, m = 0, d = 0;
  if (!digits(text.substr(0, 4), y) || !digits(text.substr(5, 2), m) || !digits(text.substr(8, 2), d))
    return {std::nullopt, DateError::format};
  if (y < kMinYear || y > kMaxYear) return {std::nullopt, DateError::out_of_range};
  const date::year_month_day ymd{date::year{y}, date::month{static_cast<unsigned>(m)},
                                 date::day{static_cast<unsigned>(d)}};
  if (!ymd.ok()) return {std::nullopt, DateError::impossible};
  return {date::sys_days{ymd}, DateError::none};
}

std::string iso_date(date::sys_days day) {
  const date::year_month_day ymd{day};
  const int year = static_cast<int>(ymd.year());
  std::string out;
  out.reserve(12);
  // At least four digits; a computed end past 9999 (a 12-month extension from 9998-12-31 ends in
  // 10000) keeps all its digits instead of losing the first one.
  if (year < 0) out.push_back('-');
  const int magnitude = year < 0 ? -year : year;
  put_digits(out, magnitude, magnitude > 9999 ? 5 : 4);  // date::year stops at 32767
  out.push_back('-');
  put_digits(out, static_cast<int>(static_cast<unsigned>(ymd.month())), 2);
  out.push_back('-');
  put_digits(out, static_cast<int>(static_cast<unsigned>(ymd.day())), 2);
  return out;
}

}  // namespace dc
