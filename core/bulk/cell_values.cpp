// Cell readers for order files (see the header for the accepted forms).
#include "bulk/cell_values.hpp"
#include <array>
#include "calendar/iso_date.hpp"

namespace dc::bulk {
namespace {

constexpr std::string_view kNoBreakSpace = "\xC2\xA0";
constexpr std::string_view kNarrowNoBreakSpace = "\xE2\x80\xAF";  // French thousands separator

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// The space-like characters a spreadsheet puts in cells and in numbers, with their length.
std::size_t space_at(std::string_view s, std::size_t i) {
  if (s[i] == ' ' || s[i] == '\t') return 1;
  if (s.substr(i, 2) == kNoBreakSpace) return 2;
  if (s.substr(i, 3) == kNarrowNoBreakSpace) return 3;
  return 0;
}

// Latin-1 letters (U+00C0 to U+00FF, UTF-8 C3 80 to C3 BF) without their accents; "" for × and ÷.
constexpr std::array<std::string_view, 64> kLatin1Letters{
    "a", "a", "a", "a", "a",  "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
    "d", "n", "o", "o", "o",  "o", "o",  "",  "o", "u", "u", "u", "u", "y", "th", "ss",
    "a", "a", "a", "a", "a",  "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
    "d", "n", "o", "o", "o",  "o", "o",  "",  "o", "u", "u", "u", "u", "y", "th", "y",
};

// Splits "14/01/2026" (or with '-' or '.') into three parts; false if it is not three parts.
bool three_parts(std::string_view s, std::array<std::string_view, 3>& parts) {
  char sep = 0;
  std::size_t start = 0, k = 0;
  for (std::size_t i = 0; i <= s.size(); ++i) {
    if (i < s.size() && is_digit(s[i])) continue;
    if (i < s.size()) {
      if (s[i] != '/' && s[i] != '-' && s[i] != '.') return false;
      if (sep && s[i] != sep) return false;
      sep = s[i];
    }
    if (k == 3) return false;
    parts[k++] = s.substr(start, i - start);
    start = i + 1;
  }
  return k == 3;
}

// What may follow the date: a local time, digits with ':' and '.' ("10:32", "10:32:05.123").
CellDateError check_time(std::string_view time) {
  time = trim(time);
  if (time.empty()) return CellDateError::format;
  for (char c : time) {
    if (c == 'Z' || c == 'z' || c == '+' || c == '-') return CellDateError::time_zone;
    if (!is_digit(c) && c != ':' && c != '.') return CellDateError::format;
  }
  return CellDateError::none;
}

}  // namespace

std::string_view trim(std::string_view s) {
  std::size_t b = 0, e = s.size();
  while (b < e) {
    const std::size_t n = space_at(s, b);
    if (!n) break;
    b += n;
  }
  while (e > b) {
    if (s[e - 1] == ' ' || s[e - 1] == '\t') --e;
    else if (e - b >= 2 && s.substr(e - 2, 2) == kNoBreakSpace) e -= 2;
    else if (e - b >= 3 && s.substr(e - 3, 3) == kNarrowNoBreakSpace) e -= 3;
    else break;
  }
  return s.substr(b, e - b);
}

CellDate read_cell_date(std::string_view cell) {
  cell = trim(cell);
  if (cell.empty()) return {std::nullopt, CellDateError::empty};
  std::string_view day_part = cell;
  const std::size_t split = cell.find_first_of(" T");
  if (split != std::string_view::npos) {
    day_part = cell.substr(0, split);
    if (const CellDateError e = check_time(cell.substr(split + 1)); e != CellDateError::none) return {std::nullopt, e};
  }
  std::array<std::string_view, 3> p;
  if (!three_parts(day_part, p)) return {std::nullopt, CellDateError::format};
  const auto short_part = [](std::string_view s) { return s.size() == 1 || s.size() == 2; };
  DateStyle style = DateStyle::iso;
  std::string_view y, m, d;
  if (p[0].size() == 4 && p[1].size() == 2 && p[2].size() == 2) {  // year first: two digits each, as ISO
    y = p[0], m = p[1], d = p[2];
  } else if (short_part(p[0]) && short_part(p[1]) && p[2].size() == 4) {
    d = p[0], m = p[1], y = p[2];
    style = DateStyle::day_month_year;
  } else if (short_part(p[0]) && short_part(p[1]) && p[2].size() == 2) {
    return {std::nullopt, CellDateError::two_digit_year, DateStyle::day_month_year};
  } else {
    return {std::nullopt, CellDateError::format};
  }
  // Written as ISO, two digits for the month and day, then read by the product's one date reader.
  std::string iso;
  iso.reserve(10);
  iso.append(y).append(1, '-').append(2 - m.size(), '0').append(m).append(1, '-').append(2 - d.size(), '0').append(d);
  const DateReading r = read_iso_date(iso);
  switch (r.error) {
    case DateError::none: return {r.day, CellDateError::none, style};
    case DateError::impossible: return {std::nullopt, CellDateError::impossible, style};
    case DateError::out_of_range: return {std::nullopt, CellDateError::out_of_range, style};
    case DateError::empty:
    case DateError::format: break;
  }
  return {std::nullopt, CellDateError::format, style};
}

std::string write_cell_date(date::sys_days day, DateStyle style) {
  const std::string iso = iso_date(day);  // YYYY-MM-DD
  if (style == DateStyle::iso) return iso;
  std::string out;
  out.reserve(10);
  out.append(iso, 8, 2).append(1, '/').append(iso, 5, 2).append(1, '/').append(iso, 0, 4);
  return out;
}

std::string folded(std::string_view text) {
  std::string out;
  bool pending_dash = false;
  const auto put = [&](std::string_view letters) {
    if (pending_dash && !out.empty()) out.push_back('-');
    pending_dash = false;
    out.append(letters);
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const auto u = static_cast<unsigned char>(c);
    if (is_digit(c) || (c >= 'a' && c <= 'z')) {
      put(std::string_view(&c, 1));
    } else if (c >= 'A' && c <= 'Z') {
      const char lower = static_cast<char>(c - 'A' + 'a');
      put(std::string_view(&lower, 1));
    } else if (u == 0xC3 && i + 1 < text.size() && (static_cast<unsigned char>(text[i + 1]) & 0xC0) == 0x80) {
      const std::string_view letters = kLatin1Letters[static_cast<unsigned char>(text[i + 1]) & 0x3Fu];
      if (letters.empty()) pending_dash = true;
      else put(letters);
      ++i;
    } else if (u == 0xC5 && i + 1 < text.size() && (text[i + 1] == '\x92' || text[i + 1] == '\x93')) {
      put("oe");  // Œ œ
      ++i;
    } else {
      pending_dash = true;
    }
  }
  return out;
}

CellTerritory read_territory(std::string_view cell) {
  struct Alias {
    std::string_view name;
    Territory territory;
  };
  static constexpr std::array<Alias, 16> kAliases{{
      {"france-metropolitaine", Territory::metropole},
      {"metropolitan-france", Territory::metropole},
      {"alsace", Territory::alsace_moselle},
      {"moselle", Territory::alsace_moselle},
      {"bas-rhin", Territory::alsace_moselle},
      {"haut-rhin", Territory::alsace_moselle},
      {"alsace-moselle-bas-rhin-haut-rhin-moselle", Territory::alsace_moselle},
      {"guyane-francaise", Territory::guyane},
      {"french-guiana", Territory::guyane},
      {"reunion", Territory::la_reunion},
      {"ile-de-la-reunion", Territory::la_reunion},
      {"st-barthelemy", Territory::saint_barthelemy},
      {"saint-barth", Territory::saint_barthelemy},
      {"st-martin", Territory::saint_martin},
      {"saint-martin-partie-francaise", Territory::saint_martin},
      {"st-barth", Territory::saint_barthelemy},
  }};
  // English and short names of the territories with their own rules; the codes are main's.
  static constexpr std::array<std::string_view, 4> kOwnRulesNames{"new-caledonia", "french-polynesia",
                                                                  "wallis-and-futuna", "st-pierre-et-miquelon"};
  const std::string name = folded(cell);
  if (auto t = territory_from_code(name)) return {t, false};
  for (const auto& a : kAliases)
    if (a.name == name) return {a.territory, false};
  if (other_territory_from_code(name)) return {std::nullopt, true};
  for (const auto& own : kOwnRulesNames)
    if (own == name) return {std::nullopt, true};
  return {std::nullopt, false};
}

}  // namespace dc::bulk
