// Reads a number as a person types it in France or in English, with at most two decimals, into
// an integer count of hundredths: "1 249,90 €" -> 124990, "6,67 %" -> 667. Shared by the amount
// reader (euros -> cents) and the percent reader (percent -> hundredths of a percent).
#pragma once
#include <cstdint>
#include <optional>
#include <string_view>

namespace dc {

enum class DecimalError {
  none,
  empty,              // nothing but spaces (and maybe the unit)
  format,             // a character that has no place in a number: "abc", "1e309", "NaN", "--5"
  negative,           // "-5"
  grouping,           // thousands separators not between groups of three digits: "12,345,67"
  ambiguous,          // one separator then three digits: "1,249" is 1249 in English, 1.249 in French
  too_many_decimals,  // "2,499"  with thousands already marked, or four decimals and more
  too_large,          // above the maximum given
};

struct DecimalReading {
  std::optional<std::int64_t> hundredths;
  DecimalError error = DecimalError::none;
};

// Accepted: ASCII digits; ',' or '.' as the decimal separator (one or two decimals); thousands
// grouped by three with a space, a no-break space (U+00A0), a narrow no-break space (U+202F), a
// thin space (U+2009), or by whichever of ',' and '.' is not the decimal separator; the unit
// ("€", "%") once, before or after, with or without spaces; spaces around.
DecimalReading read_hundredths(std::string_view text, std::string_view unit, std::int64_t max_hundredths);

}  // namespace dc
