// A strict reader of typed decimal numbers: every doubtful input is refused with its reason,
// never guessed (rules.md: "never build a result on a guessed fact").
#include "money/decimal.hpp"
#include <string>
#include <vector>

namespace dc {
namespace {

// Length in bytes of the space character at the start of `s`, or 0.
std::size_t space_at(std::string_view s) {
  if (s.empty()) return 0;
  if (s[0] == ' ' || s[0] == '\t') return 1;
  if (s.substr(0, 2) == "\xC2\xA0") return 2;      // U+00A0 no-break space
  if (s.substr(0, 3) == "\xE2\x80\xAF") return 3;  // U+202F narrow no-break space
  if (s.substr(0, 3) == "\xE2\x80\x89") return 3;  // U+2009 thin space
  return 0;
}

std::size_t space_before_end(std::string_view s) {
  for (std::size_t n : {1u, 2u, 3u})
    if (s.size() >= n && space_at(s.substr(s.size() - n)) == n) return n;
  return 0;
}

std::string_view trim(std::string_view s) {
  for (std::size_t n; (n = space_at(s)) > 0;) s.remove_prefix(n);
  for (std::size_t n; (n = space_before_end(s)) > 0;) s.remove_suffix(n);
  return s;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// The number split at its separators: groups of digits, and the separator after each but the last
// (' ' stands for every kind of space).
struct Groups {
  std::vector<std::string_view> digits;
  std::vector<char> separators;
};

std::optional<Groups> split_groups(std::string_view s) {
  Groups g;
  std::size_t i = 0;
  while (true) {
    const std::size_t start = i;
    while (i < s.size() && is_digit(s[i])) ++i;
    if (i == start) return std::nullopt;  // a separator first, last, or twice in a row
    g.digits.push_back(s.substr(start, i - start));
    if (i == s.size()) return g;
    if (s[i] == ',' || s[i] == '.') {
      g.separators.push_back(s[i]);
      ++i;
    } else if (const std::size_t n = space_at(s.substr(i)); n > 0) {
      g.separators.push_back(' ');
      i += n;
    } else {
      return std::nullopt;  // a letter, a sign, an exponent…
    }
  }
}

// Thousands groups: the first of one to three digits, the others of exactly three.
bool grouped_by_three(const std::vector<std::string_view>& groups, std::size_t count) {
  if (count <= 1) return true;
  if (groups[0].size() > 3) return false;
  for (std::size_t i = 1; i < count; ++i)
    if (groups[i].size() != 3) return false;
  return true;
}

// Which separator, if any, is the decimal one: index into separators, or npos for none.
struct DecimalSplit {
  std::size_t decimal_at = std::string_view::npos;
  DecimalError error = DecimalError::none;
};

DecimalSplit find_decimal_separator(const Groups& g) {
  const auto& seps = g.separators;
  std::size_t commas = 0, dots = 0, last_punct = std::string_view::npos;
  for (std::size_t i = 0; i < seps.size(); ++i) {
    if (seps[i] == ',') ++commas, last_punct = i;
    if (seps[i] == '.') ++dots, last_punct = i;
  }
  if (last_punct == std::string_view::npos) return {};  // spaces only: thousands
  const char dec = seps[last_punct];
  const std::size_t same = dec == ',' ? commas : dots;
  const std::size_t other = dec == ',' ? dots : commas;
  if (last_punct + 1 != seps.size()) return {0, DecimalError::format};  // a space after the decimals
  if (other == 0 && same > 1) return {std::string_view::npos, DecimalError::none};  // "1,249,000": thousands
  if (same > 1) return {0, DecimalError::grouping};  // "1,249,50.5" has no single reading
  // The thousands separators before the decimal one must all be of one kind.
  const bool spaces = other < last_punct;  // some separator before it is a space
  if (spaces && other > 0) return {0, DecimalError::grouping};
  const std::size_t decimals = g.digits.back().size();
  if (decimals <= 2) return {last_punct, DecimalError::none};
  if (decimals == 3 && last_punct == 0 && g.digits[0] != "0" && g.digits[0].size() <= 3 && other == 0)
    return {0, DecimalError::ambiguous};  // "1,249" / "1.249"
  return {0, DecimalError::too_many_decimals};
}

}  // namespace

DecimalReading read_hundredths(std::string_view text, std::string_view unit, std::int64_t max_hundredths) {
  std::string_view s = trim(text);
  if (!unit.empty()) {
    if (s.substr(0, unit.size()) == unit) s = trim(s.substr(unit.size()));
    else if (s.size() >= unit.size() && s.substr(s.size() - unit.size()) == unit) s = trim(s.substr(0, s.size() - unit.size()));
  }
  if (s.empty()) return {std::nullopt, DecimalError::empty};
  if (s[0] == '-' || s.substr(0, 3) == "\xE2\x88\x92") {  // '-' or U+2212 minus sign
    const std::string_view rest = trim(s.substr(s[0] == '-' ? 1 : 3));
    if (!rest.empty() && is_digit(rest[0])) return {std::nullopt, DecimalError::negative};
    return {std::nullopt, DecimalError::format};
  }
  const auto groups = split_groups(s);
  if (!groups) return {std::nullopt, DecimalError::format};
  const DecimalSplit split = find_decimal_separator(*groups);
  if (split.error != DecimalError::none) return {std::nullopt, split.error};
  const bool has_decimals = split.decimal_at != std::string_view::npos;
  const std::size_t integer_groups = has_decimals ? split.decimal_at + 1 : groups->digits.size();
  if (!grouped_by_three(groups->digits, integer_groups)) return {std::nullopt, DecimalError::grouping};

  // Whole units, digit by digit, stopping as soon as the maximum is passed (no overflow possible).
  const std::int64_t max_units = max_hundredths / 100;
  std::int64_t units = 0;
  for (std::size_t i = 0; i < integer_groups; ++i)
    for (const char c : groups->digits[i]) {
      units = units * 10 + (c - '0');
      if (units > max_units) return {std::nullopt, DecimalError::too_large};
    }
  std::int64_t fraction = 0;
  if (has_decimals) {
    const std::string_view d = groups->digits.back();
    fraction = (d[0] - '0') * 10 + (d.size() == 2 ? d[1] - '0' : 0);
  }
  const std::int64_t value = units * 100 + fraction;
  if (value > max_hundredths) return {std::nullopt, DecimalError::too_large};
  return {value, DecimalError::none};
}

}  // namespace dc
