// Percentages in hundredths of a percent (667 = 6.67 %): read as typed ("6,67", "6.67 %") and
// written for people ("6,67 %" / "6.67%"). Used for the legal interest rate (CMF L313-2).
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include "money/decimal.hpp"
#include "text/lang.hpp"

namespace dc {

struct PercentReading {
  std::optional<int> hundredths;
  DecimalError error = DecimalError::none;
};

// The grammar of read_hundredths (money/decimal.hpp) with the unit "%", up to max_hundredths.
PercentReading read_percent(std::string_view text, int max_hundredths);

// fr: "6,67 %" (no-break space before "%"), en: "6.67%"; whole percents without decimals ("55 %").
std::string write_percent(int hundredths, Lang lang);

}  // namespace dc
