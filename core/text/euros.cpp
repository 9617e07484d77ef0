// Integer cents to text, digit by digit (no iostreams, no locale).
#include "text/euros.hpp"

namespace dc {
namespace {

constexpr const char* kNoBreakSpace = "\u00a0";

std::string grouped(unsigned long long units, const char* separator) {
  std::string digits = std::to_string(units);
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += separator;
    out += digits[i];
  }
  return out;
}

}  // namespace

std::string euros(long long cents, Lang lang) {
  const bool negative = cents < 0;
  // The magnitude as unsigned, so that the most negative value does not overflow.
  const unsigned long long magnitude = negative ? 0ull - static_cast<unsigned long long>(cents)
                                                : static_cast<unsigned long long>(cents);
  const unsigned long long units = magnitude / 100, rest = magnitude % 100;
  const std::string two = std::string(rest < 10 ? "0" : "") + std::to_string(rest);
  const std::string sign = negative ? "-" : "";
  if (lang == Lang::en) return sign + "€" + grouped(units, ",") + "." + two;
  return sign + grouped(units, kNoBreakSpace) + "," + two + kNoBreakSpace + "€";
}

}  // namespace dc
