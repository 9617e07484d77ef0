// The string literals of core/api/*.cpp (field names, choice values, question names), collected
// by the build (tests/fuzz/CMakeLists.txt): the words the fuzz targets build requests from.
#pragma once
#include <span>
#include <string_view>

namespace dc::fuzz {

std::span<const std::string_view> api_words();

}  // namespace dc::fuzz
