// The languages every user-facing text exists in. French is the default and the reference.
#pragma once
#include <string>
#include <string_view>

namespace dc {

enum class Lang { fr, en };

// Picks the text of the requested language; both are written side by side where the text is made.
// Out of line (text/lang.cpp): one call at each of the hundreds of places a text is made, instead of
// the string's construction inlined at each of them (smaller wasm: README, Performance).
std::string tr(Lang lang, std::string_view fr, std::string_view en);

}  // namespace dc
