// Messages of the bulk check, put together from parts in the person's language: one loop, where
// chains of operator+ would each be inlined code in the wasm (measured by issue 8's first attempt).
#pragma once
#include <initializer_list>
#include <string>
#include <string_view>
#include "text/lang.hpp"

namespace dc::bulk {

std::string joined(std::initializer_list<std::string_view> parts);

inline std::string say(Lang lang, std::initializer_list<std::string_view> fr, std::initializer_list<std::string_view> en) {
  return joined(lang == Lang::en ? en : fr);
}

}  // namespace dc::bulk
