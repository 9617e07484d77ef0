// Sentences with their values put in: fill("jusqu'au {}.", {day}). One call per sentence instead
// of a chain of std::string additions (each one code in the wasm module), and with tr_fill only
// the language asked for is built.
#pragma once
#include <initializer_list>
#include <string>
#include <string_view>
#include "text/lang.hpp"

namespace dc {

// Each "{}" of the pattern, in order, is replaced by the next value; extra "{}" stay empty.
std::string fill(std::string_view pattern, std::initializer_list<std::string_view> values);

inline std::string tr_fill(Lang lang, std::string_view fr, std::string_view en,
                           std::initializer_list<std::string_view> values) {
  return fill(lang == Lang::en ? en : fr, values);
}

}  // namespace dc
