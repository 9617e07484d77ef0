// Recursive-descent JSON reader with a depth bound, and a compact writer.
#include "api/json.hpp"
#include <algorithm>
#include <array>
#include <cstring>
#include <cstdint>
#include <utility>

namespace dc::json {

Value Value::number_text(std::string lexeme) {
  Value v;
  v.type_ = Type::number;
  v.text_ = std::move(lexeme);
  return v;
}
Value Value::array() {
  Value v;
  v.type_ = Type::array;
  return v;
}
Value Value::raw(std::string json_text) {
  Value v;
  v.type_ = Type::raw;
  v.text_ = std::move(json_text);
  return v;
}
Value Value::object() {
  Value v;
  v.type_ = Type::object;
  return v;
}

const Value* Value::find(std::string_view key) const {
  for (const auto& [k, v] : members_)
    if (k == key) return &v;
  return nullptr;
}

Value& Value::push(Value v) {
  if (items_.empty()) items_.reserve(4);
  items_.push_back(std::move(v));
  return *this;
}

Value& Value::set(std::string key, Value v) {
  for (auto& [k, old] : members_)
    if (k == key) {
      old = std::move(v);
      return *this;
    }
  if (members_.empty()) members_.reserve(4);
  members_.emplace_back(std::move(key), std::move(v));
  return *this;
}

namespace {

struct Failure {
  std::size_t offset;
  const char* fr;
  const char* en;
};

class Parser {
 public:
  explicit Parser(std::string_view s) : s_(s) {}

  ParseResult run() {
    ParseResult r;
    skip_ws();
    Value v;
    if (!value(v, 0)) return fail(r);
    skip_ws();
    if (pos_ != s_.size()) {
      set_error(pos_, "texte en trop après la fin du JSON", "unexpected text after the end of the JSON");
      return fail(r);
    }
    r.value = std::move(v);
    return r;
  }

 private:
  std::string_view s_;
  std::size_t pos_ = 0;
  std::size_t values_ = 0;
  Failure failure_{0, "", ""};

  ParseResult& fail(ParseResult& r) {
    r.offset = failure_.offset;
    r.error_fr = failure_.fr;
    r.error_en = failure_.en;
    return r;
  }
  bool set_error(std::size_t at, const char* fr, const char* en) {
    failure_ = {at, fr, en};
    return false;
  }
  void skip_ws() {
    while (pos_ < s_.size() && (s_[pos_] == ' ' || s_[pos_] == '\t' || s_[pos_] == '\n' || s_[pos_] == '\r')) ++pos_;
  }
  bool literal(std::string_view word) {
    if (s_.substr(pos_, word.size()) != word) return set_error(pos_, "valeur JSON invalide", "invalid JSON value");
    pos_ += word.size();
    return true;
  }

  bool value(Value& out, int depth) {
    if (depth >= kMaxDepth)
      return set_error(pos_, "JSON trop profondément imbriqué", "JSON nested too deeply");
    if (++values_ > kMaxValues) return set_error(pos_, "JSON avec trop de valeurs", "JSON with too many values");
    if (pos_ >= s_.size()) return set_error(pos_, "JSON incomplet", "incomplete JSON");
    switch (s_[pos_]) {
      case '{': return object(out, depth);
      case '[': return array(out, depth);
      case '"': {
        std::string str;
        if (!string(str)) return false;
        out = Value(std::move(str));
        return true;
      }
      case 't': out = Value(true); return literal("true");
      case 'f': out = Value(false); return literal("false");
      case 'n': out = Value(nullptr); return literal("null");
      default: return number(out);
    }
  }

  bool object(Value& out, int depth) {
    out = Value::object();
    ++pos_;
    skip_ws();
    if (pos_ < s_.size() && s_[pos_] == '}') {
      ++pos_;
      return true;
    }
    for (;;) {
      skip_ws();
      if (pos_ >= s_.size() || s_[pos_] != '"') return set_error(pos_, "nom de champ attendu", "field name expected");
      std::string key;
      if (!string(key)) return false;
      if (out.members().size() >= kMaxMembers)
        return set_error(pos_, "objet JSON avec trop de champs", "JSON object with too many fields");
      if (out.find(key)) return set_error(pos_, "champ en double", "duplicate field");
      skip_ws();
      if (pos_ >= s_.size() || s_[pos_] != ':') return set_error(pos_, "« : » attendu", "':' expected");
      ++pos_;
      skip_ws();
      Value v;
      if (!value(v, depth + 1)) return false;
      out.set(std::move(key), std::move(v));
      skip_ws();
      if (pos_ < s_.size() && s_[pos_] == ',') {
        ++pos_;
        continue;
      }
      if (pos_ < s_.size() && s_[pos_] == '}') {
        ++pos_;
        return true;
      }
      return set_error(pos_, "« , » ou « } » attendu", "',' or '}' expected");
    }
  }

  bool array(Value& out, int depth) {
    out = Value::array();
    ++pos_;
    skip_ws();
    if (pos_ < s_.size() && s_[pos_] == ']') {
      ++pos_;
      return true;
    }
    for (;;) {
      skip_ws();
      Value v;
      if (!value(v, depth + 1)) return false;
      out.push(std::move(v));
      skip_ws();
      if (pos_ < s_.size() && s_[pos_] == ',') {
        ++pos_;
        continue;
      }
      if (pos_ < s_.size() && s_[pos_] == ']') {
        ++pos_;
        return true;
      }
      return set_error(pos_, "« , » ou « ] » attendu", "',' or ']' expected");
    }
  }

  bool number(Value& out) {
    const std::size_t start = pos_;
    auto digit = [&] { return pos_ < s_.size() && s_[pos_] >= '0' && s_[pos_] <= '9'; };
    if (pos_ < s_.size() && s_[pos_] == '-') ++pos_;
    if (!digit()) return set_error(start, "valeur JSON invalide", "invalid JSON value");
    if (s_[pos_] == '0') {
      ++pos_;
    } else {
      while (digit()) ++pos_;
    }
    if (pos_ < s_.size() && s_[pos_] == '.') {
      ++pos_;
      if (!digit()) return set_error(pos_, "nombre invalide", "invalid number");
      while (digit()) ++pos_;
    }
    if (pos_ < s_.size() && (s_[pos_] == 'e' || s_[pos_] == 'E')) {
      ++pos_;
      if (pos_ < s_.size() && (s_[pos_] == '+' || s_[pos_] == '-')) ++pos_;
      if (!digit()) return set_error(pos_, "nombre invalide", "invalid number");
      while (digit()) ++pos_;
    }
    out = Value::number_text(std::string(s_.substr(start, pos_ - start)));
    return true;
  }

  static void append_utf8(std::string& out, std::uint32_t cp) {
    if (cp < 0x80) {
      out += static_cast<char>(cp);
    } else if (cp < 0x800) {
      out += static_cast<char>(0xC0 | (cp >> 6));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      out += static_cast<char>(0xE0 | (cp >> 12));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (cp >> 18));
      out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    }
  }

  bool hex4(std::uint32_t& cp) {
    if (pos_ + 4 > s_.size()) return set_error(pos_, "échappement \\u incomplet", "incomplete \\u escape");
    cp = 0;
    for (int i = 0; i < 4; ++i) {
      const char c = s_[pos_++];
      cp <<= 4;
      if (c >= '0' && c <= '9') cp |= static_cast<std::uint32_t>(c - '0');
      else if (c >= 'a' && c <= 'f') cp |= static_cast<std::uint32_t>(c - 'a' + 10);
      else if (c >= 'A' && c <= 'F') cp |= static_cast<std::uint32_t>(c - 'A' + 10);
      else return set_error(pos_ - 1, "échappement \\u invalide", "invalid \\u escape");
    }
    return true;
  }

  // One UTF-8 sequence, checked (no overlong forms, no surrogates, at most U+10FFFF).
  bool utf8(std::string& out) {
    const auto b0 = static_cast<unsigned char>(s_[pos_]);
    int len = 0;
    std::uint32_t cp = 0, min = 0;
    if (b0 >= 0xC2 && b0 <= 0xDF) len = 2, cp = b0 & 0x1Fu, min = 0x80;
    else if (b0 >= 0xE0 && b0 <= 0xEF) len = 3, cp = b0 & 0x0Fu, min = 0x800;
    else if (b0 >= 0xF0 && b0 <= 0xF4) len = 4, cp = b0 & 0x07u, min = 0x10000;
    else return set_error(pos_, "texte qui n'est pas de l'UTF-8 valide", "text that is not valid UTF-8");
    if (pos_ + static_cast<std::size_t>(len) > s_.size())
      return set_error(pos_, "texte qui n'est pas de l'UTF-8 valide", "text that is not valid UTF-8");
    for (int i = 1; i < len; ++i) {
      const auto b = static_cast<unsigned char>(s_[pos_ + static_cast<std::size_t>(i)]);
      if ((b & 0xC0) != 0x80) return set_error(pos_, "texte qui n'est pas de l'UTF-8 valide", "text that is not valid UTF-8");
      cp = (cp << 6) | (b & 0x3Fu);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
      return set_error(pos_, "texte qui n'est pas de l'UTF-8 valide", "text that is not valid UTF-8");
    out.append(s_.substr(pos_, static_cast<std::size_t>(len)));
    pos_ += static_cast<std::size_t>(len);
    return true;
  }

  bool string(std::string& out) {
    ++pos_;  // opening quote
    for (;;) {
      if (pos_ >= s_.size()) return set_error(pos_, "texte non terminé (guillemet manquant)", "unterminated string");
      const auto c = static_cast<unsigned char>(s_[pos_]);
      if (c == '"') {
        ++pos_;
        return true;
      }
      if (c < 0x20) return set_error(pos_, "caractère de contrôle dans un texte", "control character in a string");
      if (c >= 0x80) {
        if (!utf8(out)) return false;
        continue;
      }
      if (c != '\\') {
        out += static_cast<char>(c);
        ++pos_;
        continue;
      }
      if (++pos_ >= s_.size()) return set_error(pos_, "échappement incomplet", "incomplete escape");
      const char e = s_[pos_++];
      switch (e) {
        case '"': out += '"'; break;
        case '\\': out += '\\'; break;
        case '/': out += '/'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u': {
          std::uint32_t cp = 0;
          if (!hex4(cp)) return false;
          if (cp >= 0xD800 && cp <= 0xDBFF) {
            std::uint32_t low = 0;
            if (s_.substr(pos_, 2) != "\\u") return set_error(pos_, "demi-caractère UTF-16 isolé", "lone UTF-16 surrogate");
            pos_ += 2;
            if (!hex4(low)) return false;
            if (low < 0xDC00 || low > 0xDFFF) return set_error(pos_, "demi-caractère UTF-16 isolé", "lone UTF-16 surrogate");
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
          } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
            return set_error(pos_, "demi-caractère UTF-16 isolé", "lone UTF-16 surrogate");
          }
          append_utf8(out, cp);
          break;
        }
        default: return set_error(pos_ - 1, "échappement invalide", "invalid escape");
      }
    }
  }
};

// The writer's output is ASCII only: every character past U+007F is written as a JSON escape (a
// surrogate pair past U+FFFF), so that JavaScript decodes an answer on its ASCII fast path (about 13
// times faster in Node 20 for a 16 KB answer: README, Performance) and the text is inert in any page or
// terminal. JSON.parse gives the same strings. Runs of characters written as they are are appended
// whole (one append per run, not one push_back per character).
constexpr char kHex[] = "0123456789abcdef";

// Bytes written as they are: printable ASCII but for '"', '\\' and the HTML-active '<', '>', '&'.
constexpr std::array<bool, 256> kPlain = [] {
  std::array<bool, 256> plain{};
  for (std::size_t c = 0x20; c < 0x80; ++c) plain[c] = c != '"' && c != '\\' && c != '<' && c != '>' && c != '&';
  return plain;
}();

void put_u_escape(TextWriter& out, std::uint32_t unit) {
  const char escape[6] = {'\\', 'u', kHex[(unit >> 12) & 0xF], kHex[(unit >> 8) & 0xF], kHex[(unit >> 4) & 0xF], kHex[unit & 0xF]};
  out.put(escape, 6);
}

// One UTF-8 sequence at s[i], checked as the reader checks it; its code point and length, or
// U+FFFD and 1 for a byte that starts no valid sequence (values made in the core are valid UTF-8;
// this keeps the output valid JSON whatever happens).
std::uint32_t read_utf8(std::string_view s, std::size_t i, std::size_t& length) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  std::size_t n = 0;
  std::uint32_t cp = 0, min = 0;
  if (b0 >= 0xC2 && b0 <= 0xDF) n = 1, cp = b0 & 0x1F, min = 0x80;
  else if (b0 >= 0xE0 && b0 <= 0xEF) n = 2, cp = b0 & 0x0F, min = 0x800;
  else if (b0 >= 0xF0 && b0 <= 0xF4) n = 3, cp = b0 & 0x07, min = 0x10000;
  length = 1;
  if (n == 0 || i + n >= s.size()) return 0xFFFD;
  for (std::size_t k = 1; k <= n; ++k) {
    const auto b = static_cast<unsigned char>(s[i + k]);
    if ((b & 0xC0) != 0x80) return 0xFFFD;
    cp = (cp << 6) | (b & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0xFFFD;
  length = n + 1;
  return cp;
}

void put_escaped(TextWriter& out, std::string_view s) {
  std::size_t run = 0;  // where the current run of plain characters starts
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (kPlain[c]) {
      ++i;
      continue;
    }
    out.put(s.data() + run, i - run);
    std::size_t length = 1;
    switch (c) {
      case '"': out.put("\\\"", 2); break;
      case '\\': out.put("\\\\", 2); break;
      case '\n': out.put("\\n", 2); break;
      case '\r': out.put("\\r", 2); break;
      case '\t': out.put("\\t", 2); break;
      default:
        if (c < 0x80) {
          put_u_escape(out, c);
        } else if (const std::uint32_t cp = read_utf8(s, i, length); cp < 0x10000) {
          put_u_escape(out, cp);
        } else {
          put_u_escape(out, 0xD800 + ((cp - 0x10000) >> 10));
          put_u_escape(out, 0xDC00 + ((cp - 0x10000) & 0x3FF));
        }
    }
    i += length;
    run = i;
  }
  out.put(s.data() + run, s.size() - run);
}

void put_quoted(TextWriter& out, std::string_view s) {
  out.put('"');
  put_escaped(out, s);
  out.put('"');
}

void write(TextWriter& out, const Value& v) {
  switch (v.type()) {
    case Value::Type::null: out.put("null", 4); break;
    case Value::Type::boolean: v.as_bool() ? out.put("true", 4) : out.put("false", 5); break;
    case Value::Type::number:
    case Value::Type::raw: out.put(v.text().data(), v.text().size()); break;
    case Value::Type::string: put_quoted(out, v.text()); break;
    case Value::Type::array: {
      out.put('[');
      bool first = true;
      for (const auto& item : v.items()) {
        if (!first) out.put(',');
        first = false;
        write(out, item);
      }
      out.put(']');
      break;
    }
    case Value::Type::object: {
      out.put('{');
      bool first = true;
      for (const auto& [k, item] : v.members()) {
        if (!first) out.put(',');
        first = false;
        put_quoted(out, k);
        out.put(':');
        write(out, item);
      }
      out.put('}');
      break;
    }
  }
}

}  // namespace

void TextWriter::grow(std::size_t n) { buffer_.resize(std::max(2 * buffer_.size(), size_ + n)); }
void TextWriter::escaped(std::string_view s) { put_escaped(*this, s); }
void TextWriter::quoted(std::string_view s) { put_quoted(*this, s); }

ParseResult parse(std::string_view text) { return Parser(text).run(); }

std::string serialize(const Value& v) {
  TextWriter out(16384);  // a withdrawal answer asking every question is 17 KB
  write(out, v);
  return std::move(out).take();
}

}  // namespace dc::json
