// The words of the JSON API, generated into api_words.inc at configure time.
#include "api_words.hpp"

namespace dc::fuzz {
namespace {

constexpr std::string_view kWords[] = {
#include "api_words.inc"
};

}  // namespace

std::span<const std::string_view> api_words() { return kWords; }

}  // namespace dc::fuzz
