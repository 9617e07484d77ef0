// Euros as typed and as written; the grammar itself is in money/decimal.cpp.
#include "money/amount.hpp"

namespace dc {
namespace {

constexpr std::string_view kNoBreakSpace = "\xC2\xA0";        // U+00A0
constexpr std::string_view kNarrowNoBreakSpace = "\xE2\x80\xAF";  // U+202F
constexpr std::string_view kEuro = "\xE2\x82\xAC";            // U+20AC

// 1249 -> "1 249" with the given thousands separator.
std::string grouped(std::int64_t units, std::string_view separator) {
  std::string digits = std::to_string(units);
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += separator;
    out += digits[i];
  }
  return out;
}

}  // namespace

AmountReading read_amount(std::string_view text) {
  const DecimalReading r = read_hundredths(text, kEuro, kMaxAmountCents);
  return {r.hundredths, r.error};
}

std::string write_amount(Cents cents, Lang lang) {
  const bool negative = cents < 0;
  // -INT64_MIN would overflow; no amount of this product comes near it, but stay defined.
  const std::uint64_t magnitude = negative ? 0 - static_cast<std::uint64_t>(cents) : static_cast<std::uint64_t>(cents);
  const auto units = static_cast<std::int64_t>(magnitude / 100);
  const auto rest = static_cast<int>(magnitude % 100);
  const std::string fraction = std::string(1, static_cast<char>('0' + rest / 10)) + static_cast<char>('0' + rest % 10);
  const std::string sign = negative ? "-" : "";
  if (lang == Lang::en) return sign + std::string(kEuro) + grouped(units, ",") + "." + fraction;
  return sign + grouped(units, kNarrowNoBreakSpace) + "," + fraction + std::string(kNoBreakSpace) + std::string(kEuro);
}

}  // namespace dc
