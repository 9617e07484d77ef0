// One pass over the pattern; each "{}" takes the next argument.
#include "text/fill.hpp"

namespace dc {

std::string fill(std::string_view pattern, std::initializer_list<std::string_view> args) {
  std::string out;
  out.reserve(pattern.size() + 64);
  auto next = args.begin();
  for (std::size_t at = pattern.find("{}"); at != std::string_view::npos; at = pattern.find("{}")) {
    out.append(pattern.substr(0, at));
    if (next != args.end()) out.append(*next++);
    pattern.remove_prefix(at + 2);
  }
  out.append(pattern);
  return out;
}

std::string tr_fill(Lang lang, std::string_view fr, std::string_view en, std::initializer_list<std::string_view> args) {
  return fill(lang == Lang::en ? en : fr, args);
}

}  // namespace dc
