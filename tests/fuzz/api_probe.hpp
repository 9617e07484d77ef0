// Learns, from the JSON API itself, how to ask each of its questions: for every name in
// dc::api::questions(), the fields its errors ask for and one request it accepts. The fuzz targets
// start from these requests, so that a question added to the table is fuzzed with no change here.
#pragma once
#include <span>
#include <string>
#include <string_view>
#include <vector>
#include "api/json.hpp"

namespace dc::fuzz {

struct QuestionShape {
  std::string name;
  json::Value request;   // {"question":name, "lang":"en", field: value…}: accepted when `accepted`
  bool accepted = false;
  std::vector<std::string> fields;  // every field an error named, in the order met
};

// Probed once (a few hundred calls of dc::api::answer), then kept.
const std::vector<QuestionShape>& question_shapes();

// The string literals of core/api/*.cpp (field names, choice values, question names), collected
// by the build (tests/fuzz/CMakeLists.txt).
std::span<const std::string_view> api_words();

}  // namespace dc::fuzz
