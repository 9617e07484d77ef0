// Sentences with blanks: "{}" filled with arguments, in order. The language is chosen first and the
// sentence built once, in one call: far less code in the wasm build than chains of concatenations.
#pragma once
#include <initializer_list>
#include <string>
#include <string_view>
#include "text/lang.hpp"

namespace dc {

// "{}" marks are filled in order; a mark with no argument left stays empty; extra arguments are ignored.
std::string fill(std::string_view pattern, std::initializer_list<std::string_view> args);

// tr() with blanks: tr_fill(lang, "Le {} est …", "{} is …", {day}).
std::string tr_fill(Lang lang, std::string_view fr, std::string_view en, std::initializer_list<std::string_view> args);

}  // namespace dc
