// Amounts of money in euros: read as a person types them ("249,90", "1 249,90 €", "€1,249.90")
// into integer cents, and written back for people ("1 249,90 €" / "€1,249.90").
#pragma once
#include <string>
#include <string_view>
#include "money/checked.hpp"
#include "money/decimal.hpp"
#include "text/lang.hpp"

namespace dc {

// The largest amount accepted anywhere: 1,000,000,000 €. Every computation on amounts up to this
// (sums, percentages, interest over centuries) fits in 64 bits with room to spare.
inline constexpr Cents kMaxAmountCents = 100'000'000'000;

struct AmountReading {
  std::optional<Cents> cents;
  DecimalError error = DecimalError::none;
};

// The grammar of read_hundredths (money/decimal.hpp) with the unit "€".
AmountReading read_amount(std::string_view text);

// fr: "1 249,90 €" (narrow no-break space between thousands, no-break space before "€", as
// Intl.NumberFormat("fr-FR") writes it); en: "€1,249.90".
std::string write_amount(Cents cents, Lang lang);

}  // namespace dc
