// embind glue: exposes the JSON API and the bulk check to JavaScript. It translates strings; it
// decides nothing. bulk() takes the file's bytes as they are (embind's std::string accepts a
// Uint8Array), so a whole file crosses once, Windows-1252 included, and is decoded by the core.
#include <emscripten/bind.h>
#include <emscripten/val.h>
#include <string>
#include "api/answer.hpp"
#include "api/bulk.hpp"

namespace {

using emscripten::val;

// The result as a JavaScript string, decoded by one TextDecoder call on a view of the wasm memory
// (the view is read before the string is freed). embind's std::string return (emscripten 3.1.6)
// reads every byte twice in JavaScript, looking for NUL bytes and then in UTF8ToString: that took
// a third of a withdrawal answer's time, 70 of 210 us (README, Performance).
val js_text(const std::string& text) {
  const val bytes(emscripten::typed_memory_view(text.size(), reinterpret_cast<const unsigned char*>(text.data())));
  return val::global("TextDecoder").new_().call<val>("decode", bytes);
}

val answer(const std::string& request_json) { return js_text(dc::api::answer(request_json)); }

val bulk(const std::string& request_json, const std::string& csv_bytes) {
  return js_text(dc::api::check_orders(request_json, csv_bytes));
}

}  // namespace

EMSCRIPTEN_BINDINGS(droitconso) {
  emscripten::function("answer", &answer);
  emscripten::function("bulk", &bulk);
}
