// The fields shared by every letter, and the JSON form of a letter.
#include "api/letter_request.hpp"
#include "api/questions.hpp"

namespace dc::api {
namespace {

std::string field_name(std::string_view prefix, std::string_view suffix) { return std::string(prefix) + std::string(suffix); }

}  // namespace

std::optional<letters::Party> read_party(Request& req, std::string_view prefix, const PartyLabels& labels) {
  auto name = read_text(req, field_name(prefix, "Name"), labels.name, kNameRule, true);
  auto address = read_lines(req, field_name(prefix, "Address"), labels.address, kAddressLines, kAddressLineChars, true);
  auto email = read_email(req, field_name(prefix, "Email"), labels.email, false);
  if (!name || !address) return std::nullopt;
  return letters::Party{std::move(*name), std::move(*address), email.value_or(std::string())};
}

std::optional<LetterCommon> read_letter_common(Request& req, bool registered_by_default) {
  const auto today = req.date("today", {"la date du jour", "today's date"}, true);
  const auto letter_date = req.date("letterDate", {"la date de la lettre", "the letter's date"}, false);
  auto sender = read_party(req, "sender", kSenderLabels);
  auto seller = read_party(req, "seller", kSellerLabels);
  auto place = read_text(req, "place", {"le lieu où vous écrivez (ville)", "the place you write from (town)"}, kPlaceRule, true);
  auto reference = read_text(req, "orderReference", {"la référence de commande", "the order reference"}, kReferenceRule, false);
  const auto registered = req.boolean("registered", {"l'envoi en recommandé", "sending by registered letter"}, false);
  if (!today) return std::nullopt;
  const bool complete = sender && seller && place;
  letters::Party recipient = seller.value_or(letters::Party{});
  return LetterCommon{complete,
                      *today,
                      {sender.value_or(letters::Party{}), recipient, place.value_or(std::string()),
                       letter_date.value_or(*today), registered.value_or(registered_by_default)},
                      std::move(recipient),
                      reference.value_or(std::string())};
}

json::Value letter_json(const letters::Letter& letter) {
  json::Value blocks = json::Value::array();
  for (const auto& b : letter.blocks) {
    json::Value block = json::Value::object();
    block.set("type", std::string(letters::block_type_code(b.type)));
    json::Value lines = json::Value::array();
    for (const auto& l : b.lines) lines.push(l);
    block.set("lines", std::move(lines));
    blocks.push(std::move(block));
  }
  json::Value articles = json::Value::array();
  for (const auto& a : letter.articles) {
    json::Value item = json::Value::object();
    item.set("article", std::string(a.label));
    item.set("url", std::string(a.url));
    articles.push(std::move(item));
  }
  json::Value out = json::Value::object();
  out.set("blocks", std::move(blocks));
  out.set("text", letters::plain_text(letter));
  out.set("filename", letter.filename);
  out.set("articles", std::move(articles));
  return out;
}

json::Value letter_answer(const std::optional<letters::Letter>& letter, const Steps& steps) {
  json::Value out = json::Value::object();
  out.set("applies", letter.has_value());
  if (letter) out.set("letter", letter_json(*letter));
  out.set("steps", steps_json(steps));
  return out;
}

}  // namespace dc::api
