// Amounts in integer cents written out for people: "1 234,56 €" (French: no-break spaces) or
// "€1,234.56" (English). No floating point anywhere.
#pragma once
#include <string>
#include "text/lang.hpp"

namespace dc {

std::string euros(long long cents, Lang lang);

}  // namespace dc
