// embind glue: exposes the JSON API and the bulk check to JavaScript. It translates strings; it
// decides nothing. bulk() takes the file's bytes as they are (embind's std::string accepts a
// Uint8Array), so a whole file crosses once, Windows-1252 included, and is decoded by the core.
#include <emscripten/bind.h>
#include <string>
#include "api/answer.hpp"
#include "api/bulk.hpp"

namespace {

std::string answer(const std::string& request_json) { return dc::api::answer(request_json); }

std::string bulk(const std::string& request_json, const std::string& csv_bytes) {
  return dc::api::check_orders(request_json, csv_bytes);
}

}  // namespace

EMSCRIPTEN_BINDINGS(droitconso) {
  emscripten::function("answer", &answer);
  emscripten::function("bulk", &bulk);
}
