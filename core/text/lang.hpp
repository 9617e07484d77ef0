// The languages every user-facing text exists in. French is the default and the reference.
#pragma once
#include <string>
#include <string_view>

namespace dc {

enum class Lang { fr, en };

// Picks the text of the requested language; both are written side by side where the text is made.
inline std::string tr(Lang lang, std::string_view fr, std::string_view en) {
  return std::string(lang == Lang::en ? en : fr);
}

}  // namespace dc
