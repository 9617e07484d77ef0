// Fuzzes dc::read_iso_date against an independent reading of "YYYY-MM-DD": the same verdict
// (empty, format, out of range, impossible, a day), and an accepted date writes back as given.
#include <cstddef>
#include <cstdint>
#include <string_view>
#include "calendar/iso_date.hpp"
#include "fuzz_checks.hpp"

namespace {

using dc::DateError;

bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int y, int m) {
  constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && leap(y) ? 29 : kDays[m - 1];
}

// The reference reading, written differently from the core's: position by position.
DateError expected_error(std::string_view s) {
  if (s.empty()) return DateError::empty;
  if (s.size() != 10) return DateError::format;
  for (std::size_t i = 0; i < 10; ++i) {
    const bool dash = i == 4 || i == 7;
    if (dash ? s[i] != '-' : (s[i] < '0' || s[i] > '9')) return DateError::format;
  }
  auto num = [&](std::size_t at, std::size_t len) {
    int n = 0;
    for (std::size_t i = at; i < at + len; ++i) n = n * 10 + (s[i] - '0');
    return n;
  };
  const int y = num(0, 4), m = num(5, 2), d = num(8, 2);
  if (y < dc::kMinYear || y > dc::kMaxYear) return DateError::out_of_range;
  if (m < 1 || m > 12 || d < 1 || d > days_in_month(y, m)) return DateError::impossible;
  return DateError::none;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const dc::DateReading r = dc::read_iso_date(text);
  dc::fuzz::expect(r.error == expected_error(text), "read_iso_date disagrees with the reference reading", text);
  dc::fuzz::expect(r.day.has_value() == (r.error == DateError::none), "a day without success, or success without a day",
                   text);
  if (r.day) dc::fuzz::expect(dc::iso_date(*r.day) == text, "an accepted date does not write back as given", text);
  return 0;
}
