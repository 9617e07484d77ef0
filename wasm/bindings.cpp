// embind glue: exposes the JSON API to JavaScript. It translates strings; it decides nothing.
#include <emscripten/bind.h>
#include <string>
#include "api/answer.hpp"

namespace {

std::string answer(const std::string& request_json) { return dc::api::answer(request_json); }

}  // namespace

EMSCRIPTEN_BINDINGS(droitconso) {
  emscripten::function("answer", &answer);
}
