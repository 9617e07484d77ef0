// Dispatch: parse, pick the question, collect errors and warnings, and write the result.
#include "api/answer.hpp"
#include "api/questions.hpp"

namespace dc::api {
namespace {

// The id, when the request had one, comes first after "ok", as before.
json::Value failure(const std::vector<FieldError>& errors, const json::Value* id) {
  json::Value f = failure_json(errors);
  if (!id) return f;
  json::Value out = json::Value::object();
  out.set("ok", false);
  out.set("id", *id);
  for (auto& [key, value] : f.take_members())
    if (key != "ok") out.set(std::move(key), std::move(value));
  return out;
}

std::string question_list() {
  std::string out;
  for (const auto& q : questions()) {
    if (!out.empty()) out += ", ";
    out += q.name;
  }
  return out;
}

// An "id" of the caller's (string or number) is echoed back, to match results in JSON Lines.
const json::Value* request_id(const json::Value& root) {
  const json::Value* id = root.find("id");
  if (id && (id->is(json::Value::Type::string) || id->is(json::Value::Type::number))) return id;
  return nullptr;
}

}  // namespace

std::string answer(std::string_view request_json) {
  const json::ParseResult parsed = json::parse(request_json);
  if (!parsed.value) {
    const std::string at = std::to_string(parsed.offset);
    return json::serialize(failure(
        {{"request", "La demande n'est pas un JSON valide (octet " + at + ") : " + parsed.error_fr + "."}}, nullptr));
  }
  const json::Value& root = *parsed.value;
  if (!root.is(json::Value::Type::object))
    return json::serialize(failure({{"request", "La demande doit être un objet JSON, par exemple {\"question\":\"period\", …}."}}, nullptr));

  Lang lang = Lang::fr;
  std::vector<FieldError> early;
  if (const json::Value* l = root.find("lang")) {
    if (l->is(json::Value::Type::string) && l->text() == "en") lang = Lang::en;
    else if (!(l->is(json::Value::Type::string) && l->text() == "fr"))
      early.push_back({"lang", "La langue (lang) doit être \"fr\" ou \"en\"."});
  }
  const json::Value* id = request_id(root);
  const json::Value* q = root.find("question");
  if (!q || !q->is(json::Value::Type::string)) {
    early.push_back({"question", tr(lang, "La question (question) manque ; questions connues : ",
                                    "The question (question) is missing; known questions: ") + question_list() + "."});
    return json::serialize(failure(early, id));
  }
  const Question* found = nullptr;
  for (const auto& candidate : questions())
    if (candidate.name == q->text()) found = &candidate;
  if (!found) {
    early.push_back({"question", tr(lang, "La question « " + quote_input(q->text()) + " » n'est pas connue ; questions connues : ",
                                    "The question \"" + quote_input(q->text()) + "\" is unknown; known questions: ") +
                                     question_list() + "."});
    return json::serialize(failure(early, id));
  }

  Request req(root, lang);
  for (const char* common : {"question", "lang", "id", "today"}) req.mark_known(common);
  json::Value result = found->handler(req);
  std::vector<FieldError> errors = early;
  errors.insert(errors.end(), req.errors().begin(), req.errors().end());
  // A question that gives no result must have said why; if it did not (a bug), the answer is still
  // a refusal, never {"ok":true} with nothing in it.
  if (errors.empty() && !result.is(json::Value::Type::object))
    errors.push_back({"request", tr(lang, "Cette demande n'a pas pu être calculée : un champ manque ou ne convient pas.",
                                    "This request could not be computed: a field is missing or unsuitable.")});
  if (!errors.empty()) return json::serialize(failure(errors, id));

  json::Value out = json::Value::object();
  out.set("ok", true);
  if (id) out.set("id", *id);
  out.set("question", q->text());
  for (auto& [k, v] : result.take_members()) out.set(std::move(k), std::move(v));  // moved, not copied
  const auto unknown = req.unknown_fields();
  if (!unknown.empty()) {
    // A question's own warnings come first; the unknown fields are added after them.
    const json::Value* own = out.find("warnings");
    json::Value warnings = own ? *own : json::Value::array();
    for (const auto& f : unknown) {
      json::Value w = json::Value::object();
      w.set("field", f);
      w.set("message", tr(lang, "Champ inconnu, ignoré.", "Unknown field, ignored."));
      warnings.push(std::move(w));
    }
    out.set("warnings", std::move(warnings));
  }
  return json::serialize(out);
}

}  // namespace dc::api
