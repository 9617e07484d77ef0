// What the fuzz targets check on every input, and how a broken invariant becomes a libFuzzer
// finding: a message on stderr, then abort() (libFuzzer saves the input as crash-<sha1>).
#pragma once
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string_view>
#include "api/json.hpp"

namespace dc::fuzz {

[[noreturn]] inline void fail(const char* what, std::string_view detail) {
  const int shown = static_cast<int>(std::min<std::size_t>(detail.size(), 4000));
  std::fprintf(stderr, "\n== INVARIANT BROKEN: %s\n%.*s\n", what, shown, detail.data());
  std::abort();
}

inline void expect(bool holds, const char* what, std::string_view detail = {}) {
  if (!holds) fail(what, detail);
}

// Two JSON values are the same: same type, same text (string value or number lexeme), same items
// and members in the same order.
inline bool same_json(const json::Value& a, const json::Value& b) {
  if (a.type() != b.type() || a.as_bool() != b.as_bool() || a.text() != b.text()) return false;
  if (a.items().size() != b.items().size() || a.members().size() != b.members().size()) return false;
  for (std::size_t i = 0; i < a.items().size(); ++i)
    if (!same_json(a.items()[i], b.items()[i])) return false;
  for (std::size_t i = 0; i < a.members().size(); ++i)
    if (a.members()[i].first != b.members()[i].first || !same_json(a.members()[i].second, b.members()[i].second))
      return false;
  return true;
}

// Serialized JSON is inert in HTML and holds no raw control character (json.hpp).
inline void expect_inert(std::string_view text) {
  expect(text.find_first_of("<>&") == std::string_view::npos, "'<', '>' or '&' unescaped in serialized JSON", text);
  for (char c : text) expect(static_cast<unsigned char>(c) >= 0x20, "raw control character in serialized JSON", text);
}

// The contract of dc::api::answer, whatever it was given: a JSON object with a boolean "ok"; a
// failure lists at least one error, each naming a field and saying what is wrong; a success names
// its question. Returns the parsed answer for further checks.
inline json::Value expect_api_answer(std::string_view out) {
  using T = json::Value::Type;
  expect_inert(out);
  auto parsed = json::parse(out);
  expect(parsed.value.has_value(), "the answer is not valid JSON", out);
  json::Value v = std::move(*parsed.value);
  expect(v.is(T::object), "the answer is not a JSON object", out);
  const json::Value* ok = v.find("ok");
  expect(ok && ok->is(T::boolean), "the answer has no boolean \"ok\"", out);
  if (ok->as_bool()) {
    const json::Value* q = v.find("question");
    expect(q && q->is(T::string) && !q->text().empty(), "a successful answer does not name its question", out);
    expect(!v.find("errors"), "a successful answer carries errors", out);
    bool content = false;  // regression: {"ok":true,"question":"non-delivery-refund"} and nothing else
    for (const auto& [k, value] : v.members()) content = content || (k != "ok" && k != "id" && k != "question" && k != "warnings");
    expect(content, "a successful answer carries no result", out);
  } else {
    const json::Value* errors = v.find("errors");
    expect(errors && errors->is(T::array) && !errors->items().empty(), "a failed answer has no errors", out);
    for (const auto& e : errors->items()) {
      expect(e.is(T::object), "an error is not an object", out);
      const json::Value* field = e.find("field");
      const json::Value* message = e.find("message");
      expect(field && field->is(T::string) && !field->text().empty(), "an error does not name its field", out);
      expect(message && message->is(T::string) && !message->text().empty(), "an error has no message", out);
    }
  }
  return v;
}

}  // namespace dc::fuzz
