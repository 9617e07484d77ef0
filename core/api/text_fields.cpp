// Typed-text readers: each refusal names the field and says what is expected, in French or English.
#include "api/text_fields.hpp"
#include "text/capitalize.hpp"

namespace dc::api {
namespace {

std::string name_fr(std::string_view field, Label label) { return cap_first(label.fr) + " (" + std::string(field) + ")"; }
std::string name_en(std::string_view field, Label label) { return cap_first(label.en) + " (" + std::string(field) + ")"; }

// The code point starting at s[i] (valid UTF-8 assumed), and its length in bytes.
char32_t decode(std::string_view s, std::size_t i, std::size_t& len) {
  const auto b = static_cast<unsigned char>(s[i]);
  if (b < 0x80) { len = 1; return b; }
  len = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
  char32_t cp = b & (len == 2 ? 0x1Fu : len == 3 ? 0x0Fu : 0x07u);
  for (std::size_t k = 1; k < len && i + k < s.size(); ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3Fu);
  return cp;
}

bool is_refused(char32_t cp, bool multiline) {
  if (cp == U'\n') return !multiline;
  if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F)) return true;   // C0, DEL, C1
  if (cp == 0x2028 || cp == 0x2029) return true;                            // line/paragraph separators
  if ((cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069)) return true;  // bidi overrides
  return false;
}

std::string normalise_newlines(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\r') {
      out += '\n';
      if (i + 1 < s.size() && s[i + 1] == '\n') ++i;
    } else {
      out += s[i];
    }
  }
  return out;
}

std::string trim(std::string_view s) {
  const auto blank = [](char c) { return c == ' ' || c == '\n' || c == '\t'; };
  std::size_t b = 0, e = s.size();
  while (b < e && blank(s[b])) ++b;
  while (e > b && blank(s[e - 1])) --e;
  return std::string(s.substr(b, e - b));
}

// Checks one string value; records the error and gives nullopt when refused, "" when blank.
std::optional<std::string> checked(Request& req, std::string_view field, Label label, const std::string& raw,
                                   TextRule rule, std::string_view where_fr, std::string_view where_en) {
  const std::string text = trim(rule.multiline ? normalise_newlines(raw) : raw);
  switch (check_text(text, rule)) {
    case TextProblem::none: return text;
    case TextProblem::control_character:
      req.error(field,
                name_fr(field, label) + std::string(where_fr) +
                    " contient un caractère de contrôle (invisible) : retirez-le" +
                    (rule.multiline ? "" : " ; le texte tient sur une ligne") + ".",
                name_en(field, label) + std::string(where_en) + " contains a control (invisible) character: remove it" +
                    (rule.multiline ? "" : "; the text is one line") + ".");
      return std::nullopt;
    case TextProblem::too_long:
      req.error(field,
                name_fr(field, label) + std::string(where_fr) + " dépasse " + std::to_string(rule.max_chars) +
                    " caractères : raccourcissez-le.",
                name_en(field, label) + std::string(where_en) + " is longer than " + std::to_string(rule.max_chars) +
                    " characters: shorten it.");
      return std::nullopt;
  }
  return std::nullopt;
}

void missing(Request& req, std::string_view field, Label label, std::string_view expected_fr, std::string_view expected_en) {
  req.error(field, name_fr(field, label) + " manque : " + std::string(expected_fr) + ".",
            name_en(field, label) + " is missing: " + std::string(expected_en) + ".");
}

}  // namespace

std::size_t count_chars(std::string_view utf8) {
  std::size_t n = 0;
  for (char c : utf8)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  return n;
}

TextProblem check_text(std::string_view utf8, TextRule rule) {
  for (std::size_t i = 0; i < utf8.size();) {
    std::size_t len = 1;
    if (is_refused(decode(utf8, i, len), rule.multiline)) return TextProblem::control_character;
    i += len;
  }
  return count_chars(utf8) > rule.max_chars ? TextProblem::too_long : TextProblem::none;
}

std::optional<std::string> read_text(Request& req, std::string_view field, Label label, TextRule rule, bool required) {
  const json::Value* v = req.value(field);
  if (v && !v->is(json::Value::Type::string)) {
    req.error(field, name_fr(field, label) + " doit être un texte entre guillemets.",
              name_en(field, label) + " must be a text in quotes.");
    return std::nullopt;
  }
  std::optional<std::string> text = v ? checked(req, field, label, v->text(), rule, "", "") : std::string();
  if (text && text->empty()) {
    if (required) missing(req, field, label, "écrivez-le", "write it");
    return std::nullopt;
  }
  return text;
}

std::optional<std::vector<std::string>> read_lines(Request& req, std::string_view field, Label label,
                                                   std::size_t max_lines, std::size_t max_chars, bool required) {
  const json::Value* v = req.value(field);
  const std::string example = R"(["12 rue des Lilas", "69001 Lyon"])";
  if (!v) {
    if (required) missing(req, field, label, "une liste de lignes, par exemple " + example, "a list of lines, for example " + example);
    return std::nullopt;
  }
  if (!v->is(json::Value::Type::array) || v->items().empty() || v->items().size() > max_lines) {
    req.error(field,
              name_fr(field, label) + " doit être une liste de 1 à " + std::to_string(max_lines) +
                  " lignes, par exemple " + example + ".",
              name_en(field, label) + " must be a list of 1 to " + std::to_string(max_lines) + " lines, for example " +
                  example + ".");
    return std::nullopt;
  }
  std::vector<std::string> lines;
  bool ok = true;
  for (std::size_t i = 0; i < v->items().size(); ++i) {
    const json::Value& item = v->items()[i];
    const std::string n = std::to_string(i + 1);
    if (!item.is(json::Value::Type::string)) {
      req.error(field, name_fr(field, label) + ", ligne " + n + ", doit être un texte entre guillemets.",
                name_en(field, label) + ", line " + n + ", must be a text in quotes.");
      ok = false;
      continue;
    }
    auto line = checked(req, field, label, item.text(), {max_chars, false}, ", ligne " + n, ", line " + n);
    if (!line) ok = false;
    else if (!line->empty()) lines.push_back(std::move(*line));
  }
  if (!ok) return std::nullopt;
  if (lines.empty()) {
    if (required) missing(req, field, label, "écrivez au moins une ligne", "write at least one line");
    return std::nullopt;
  }
  return lines;
}

std::optional<std::string> read_email(Request& req, std::string_view field, Label label, bool required) {
  auto text = read_text(req, field, label, {254, false}, required);
  if (!text) return std::nullopt;
  if (text->find('@') == std::string::npos || text->find(' ') != std::string::npos) {
    req.error(field, name_fr(field, label) + " n'est pas une adresse électronique (exemple : nom@exemple.fr).",
              name_en(field, label) + " is not an e-mail address (example: name@example.org).");
    return std::nullopt;
  }
  return text;
}

}  // namespace dc::api
