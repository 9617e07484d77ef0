// One string from its parts.
#include "bulk/message.hpp"

namespace dc::bulk {

std::string joined(std::initializer_list<std::string_view> parts) {
  std::size_t size = 0;
  for (const auto p : parts) size += p.size();
  std::string out;
  out.reserve(size);
  for (const auto p : parts) out += p;
  return out;
}

}  // namespace dc::bulk
