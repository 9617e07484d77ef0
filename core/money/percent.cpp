// Percentages as typed and as written.
#include "money/percent.hpp"

namespace dc {

PercentReading read_percent(std::string_view text, int max_hundredths) {
  const DecimalReading r = read_hundredths(text, "%", max_hundredths);
  if (!r.hundredths) return {std::nullopt, r.error};
  return {static_cast<int>(*r.hundredths), DecimalError::none};
}

std::string write_percent(int hundredths, Lang lang) {
  const bool negative = hundredths < 0;
  const int magnitude = negative ? -hundredths : hundredths;
  std::string out;
  if (negative) out += '-';
  out += std::to_string(magnitude / 100);
  if (const int rest = magnitude % 100; rest != 0) {
    out += lang == Lang::en ? '.' : ',';
    out += static_cast<char>('0' + rest / 10);
    out += static_cast<char>('0' + rest % 10);
  }
  return out + (lang == Lang::en ? "%" : "\xC2\xA0%");
}

}  // namespace dc
