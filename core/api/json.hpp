// A small JSON reader and writer for the public API (RFC 8259): strict, UTF-8 checked,
// nesting bounded, numbers kept as their exact text so that amounts never pass through a double.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace dc::json {

class Value {
 public:
  // raw: JSON text made with TextWriter (below), written as it is; only
  // in answers being built, never read (see raw()).
  enum class Type { null, boolean, number, string, array, object, raw };

  Value() = default;
  Value(std::nullptr_t) {}
  Value(bool b) : type_(Type::boolean), bool_(b) {}
  Value(int n) : type_(Type::number), text_(std::to_string(n)) {}
  Value(long long n) : type_(Type::number), text_(std::to_string(n)) {}
  Value(const char* s) : type_(Type::string), text_(s) {}
  Value(std::string s) : type_(Type::string), text_(std::move(s)) {}
  static Value number_text(std::string lexeme);
  static Value array();
  static Value object();
  // A part of an answer already written as JSON text (ASCII, escaped by TextWriter), so that a
  // long list of constant texts (the inputs still missing: 11 of a withdrawal answer's 17 KB)
  // costs one string rather than a tree of hundreds of small values. The text must be valid JSON.
  static Value raw(std::string json_text);

  Type type() const { return type_; }
  bool is(Type t) const { return type_ == t; }
  bool as_bool() const { return bool_; }
  const std::string& text() const { return text_; }  // a string's value, or a number's lexeme
  const std::vector<Value>& items() const { return items_; }
  const std::vector<std::pair<std::string, Value>>& members() const { return members_; }
  const Value* find(std::string_view key) const;
  // Moves an object's members out (the value is left an empty object): no copy of a whole tree.
  std::vector<std::pair<std::string, Value>> take_members() { return std::move(members_); }

  Value& push(Value v);                        // arrays
  Value& set(std::string key, Value v);        // objects: replaces an existing key

 private:
  Type type_ = Type::null;
  bool bool_ = false;
  std::string text_;
  std::vector<Value> items_;
  std::vector<std::pair<std::string, Value>> members_;
};

inline constexpr int kMaxDepth = 64;
inline constexpr std::size_t kMaxMembers = 256;  // per object: a request never needs more
// Per document. A value costs about 150 bytes once read (native and wasm alike), so 10 MB of
// "[1,1,1,…" (5 million values) grew the wasm heap to 728 MB; this bound keeps any text under
// about 150 MB, and leaves room for a batch of 100,000 rows of up to 9 fields.
inline constexpr std::size_t kMaxValues = 1'000'000;

struct ParseResult {
  std::optional<Value> value;
  std::size_t offset = 0;    // where the error is, in bytes
  std::string error_fr;      // why, in French
  std::string error_en;
};

ParseResult parse(std::string_view text);
// Compact, and ASCII only: '<', '>' and '&' escaped so it is inert in HTML, every character past
// U+007F escaped (\uXXXX, a surrogate pair past U+FFFF) so that JavaScript decodes it fast.
std::string serialize(const Value& v);
// JSON text built in a buffer the writer grows itself: a byte is one compare and one store, where
// std::string's push_back and append stay calls in the -Oz wasm (README, Performance). serialize
// writes with it; so do the texts made without a tree of values: api/bulk's results and lists
// written straight as text (Value::raw). escaped and quoted write a string with serialize's escapes.
class TextWriter {
 public:
  explicit TextWriter(std::size_t capacity = 4096) : buffer_(capacity, '\0') {}
  void put(char c) {
    if (size_ == buffer_.size()) grow(1);
    buffer_[size_++] = c;
  }
  void put(const char* p, std::size_t n) {
    if (buffer_.size() - size_ < n) grow(n);
    std::char_traits<char>::copy(buffer_.data() + size_, p, n);
    size_ += n;
  }
  void put(std::string_view s) { put(s.data(), s.size()); }
  void escaped(std::string_view s);  // s escaped, without quotes
  void quoted(std::string_view s);   // s escaped, between quotes
  std::size_t size() const { return size_; }
  std::string take() && {
    buffer_.resize(size_);
    return std::move(buffer_);
  }

 private:
  void grow(std::size_t n);
  std::string buffer_;
  std::size_t size_ = 0;
};

}  // namespace dc::json
