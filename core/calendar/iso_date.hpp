// Reads and writes calendar dates as ISO 8601 "YYYY-MM-DD", strictly, without iostreams
// (date::parse and date::format would pull ~50 KB gzip of locales into the wasm build).
#pragma once
#include <date/date.h>
#include <optional>
#include <string>
#include <string_view>

namespace dc {

// Years the whole product accepts: the Gregorian calendar (Easter computus) and four-digit years,
// with room for a 12-month extension and a roll past closed days.
inline constexpr int kMinYear = 1583;
inline constexpr int kMaxYear = 9998;

enum class DateError { none, empty, format, impossible, out_of_range };

struct DateReading {
  std::optional<date::sys_days> day;
  DateError error = DateError::none;
};

// "2026-01-14" -> that day. Exactly four digits, '-', two digits, '-', two digits (ASCII only);
// "2026-02-30" is impossible, "2026-1-5" is a format error, year 0000 or 99999 are out of range.
DateReading read_iso_date(std::string_view text);

std::string iso_date(date::sys_days day);

}  // namespace dc
