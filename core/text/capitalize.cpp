#include "text/capitalize.hpp"

namespace dc {

// Labels start with a lower-case ASCII letter ("la date du jour"); accented capitals never lead one.
std::string cap_first(std::string_view s) {
  std::string out(s);
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
  return out;
}

}  // namespace dc
