// Learns, from the JSON API itself, how to ask each of its questions: for every name in
// dc::api::questions(), the fields its errors ask for and one request it accepts (ask with
// nothing, then give each field an error names the first candidate value that silences that
// error, until the question answers ok). The hostile-input test and the fuzz targets start from
// these requests, so that a question added to the table is covered with no change to them.
#pragma once
#include <string>
#include <string_view>
#include <vector>
#include "api/answer.hpp"
#include "api/json.hpp"
#include "api/questions.hpp"

namespace dc::test {

struct QuestionShape {
  std::string name;
  json::Value request;   // {"question":name, "lang":"en", field: value…}: accepted when `accepted`
  bool accepted = false;
  std::vector<std::string> fields;  // every field an error named, in the order met
  std::string variant;              // the letter's kind, for the "letter" question; else empty
};

// The kinds of the "letter" question: each has its own fields, so each is probed on its own.
inline constexpr std::string_view kLetterKinds[] = {"withdrawal", "refund", "mediator", "conformity", "hiddenDefect"};

namespace probing {

struct NamedError {
  std::string field, message;
};

inline std::vector<NamedError> errors_of(const json::Value& request) {
  std::vector<NamedError> out;
  const auto parsed = json::parse(api::answer(json::serialize(request)));
  if (!parsed.value) return out;
  const json::Value* ok = parsed.value->find("ok");
  if (ok && ok->as_bool()) return out;
  if (const json::Value* errors = parsed.value->find("errors"))
    for (const auto& e : errors->items())
      if (const json::Value* f = e.find("field")) {
        const json::Value* m = e.find("message");
        out.push_back({f->text(), m ? m->text() : std::string()});
      }
  return out;
}

inline bool names(const std::vector<NamedError>& errors, std::string_view field) {
  for (const auto& e : errors)
    if (e.field == field) return true;
  return false;
}

// Values tried for a field, most likely first: dates a little apart (some fields must follow
// others), a territory, numbers, booleans, then every word of the error message (which lists the
// possible values of a choice).
inline std::vector<json::Value> candidates(std::string_view message) {
  std::vector<json::Value> out{"2026-01-14", "2026-02-02", "2025-12-01", "2026-06-30", "metropole",
                               2026,         14,           1,            0,            100,
                               10000,        true,         false,        "100",        "10.00",
                               json::Value::array().push("12 rue des Lilas").push("69001 Lyon")};  // a postal address
  std::string word;
  for (std::size_t i = 0; i <= message.size(); ++i) {
    const char c = i < message.size() ? message[i] : ' ';
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_') {
      word += c;
    } else {
      if (word.size() >= 2) out.emplace_back(word);
      word.clear();
    }
  }
  return out;
}

// `start`: fields given from the outset (a letter's kind, for instance).
inline QuestionShape probe(std::string_view name, const json::Value& start = json::Value::object()) {
  QuestionShape shape;
  shape.name = std::string(name);
  shape.request = json::Value::object();
  shape.request.set("question", shape.name);
  shape.request.set("lang", "en");
  for (const auto& [k, v] : start.members()) shape.request.set(k, v);
  for (int round = 0; round < 12; ++round) {
    const auto errors = errors_of(shape.request);
    if (errors.empty()) {
      shape.accepted = true;
      break;
    }
    bool progressed = false;
    for (const auto& e : errors) {
      if (e.field == "question" || e.field == "lang" || e.field == "request" || start.find(e.field)) continue;
      bool known = false;
      for (const auto& f : shape.fields) known = known || f == e.field;
      if (!known) shape.fields.push_back(e.field);
      for (const auto& value : candidates(e.message)) {
        json::Value trial = shape.request;
        trial.set(e.field, value);
        if (!names(errors_of(trial), e.field)) {
          shape.request = std::move(trial);
          progressed = true;
          break;
        }
      }
    }
    if (!progressed) break;
  }
  return shape;
}

}  // namespace probing

// Probed once (a few hundred calls of dc::api::answer), then kept.
inline const std::vector<QuestionShape>& question_shapes() {
  static const std::vector<QuestionShape> shapes = [] {
    std::vector<QuestionShape> out;
    for (const auto& q : api::questions()) {
      if (q.name != "letter") {
        out.push_back(probing::probe(q.name));
        continue;
      }
      for (const auto kind : kLetterKinds) {
        out.push_back(probing::probe(q.name, json::Value::object().set("kind", std::string(kind))));
        out.back().variant = std::string(kind);
      }
    }
    return out;
  }();
  return shapes;
}

}  // namespace dc::test
