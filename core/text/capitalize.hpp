// The first letter of a French or English label in capitals, for a message that starts with it.
#pragma once
#include <string>
#include <string_view>

namespace dc {

std::string cap_first(std::string_view s);

}  // namespace dc
