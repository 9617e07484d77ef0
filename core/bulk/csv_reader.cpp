// RFC 4180 reading, lenient where spreadsheets are: text after a closing quote is kept, a lone CR
// ends a line like LF and CRLF do.
#include "bulk/csv_reader.hpp"
#include <algorithm>
#include <array>

namespace dc::bulk {

char detect_separator(std::string_view text) {
  constexpr std::array<char, 3> kCandidates{';', '\t', ','};  // tie order
  std::array<std::size_t, 3> counts{};
  bool quoted = false;
  for (char c : text) {
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    if (c == '\n' || c == '\r') break;
    for (std::size_t i = 0; i < kCandidates.size(); ++i)
      if (c == kCandidates[i]) ++counts[i];
  }
  std::size_t best = 0;
  for (std::size_t i = 1; i < counts.size(); ++i)
    if (counts[i] > counts[best]) best = i;
  return kCandidates[best];
}

CsvReader::CsvReader(std::string_view text, char separator, std::size_t offset, std::size_t line)
    : text_(text), sep_(separator), pos_(std::min(offset, text.size())), line_(line) {}

bool CsvReader::at_line_end() const { return pos_ < text_.size() && (text_[pos_] == '\n' || text_[pos_] == '\r'); }

void CsvReader::consume_line_end() {
  if (text_[pos_] == '\r' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '\n') ++pos_;
  ++pos_;
  ++line_;
}

void CsvReader::skip_blank_lines() {
  while (at_line_end()) consume_line_end();
}

void CsvReader::read_plain(std::string& cell) {
  const std::size_t start = pos_;
  const std::size_t n = text_.size();
  while (pos_ < n) {
    const char c = text_[pos_];
    if (c == sep_ || c == '\n' || c == '\r') break;
    ++pos_;
  }
  cell.append(text_.data() + start, pos_ - start);
}

// From the opening quote: "" is a quote, the closing quote ends the quoted part, and what follows
// it up to the separator is kept as written ("12"cm -> 12cm).
void CsvReader::read_quoted(std::string& cell, bool& unterminated) {
  ++pos_;  // the opening quote
  for (;;) {
    const std::size_t close = text_.find('"', pos_);
    const std::size_t end = close == std::string_view::npos ? text_.size() : close;
    const std::string_view part = text_.substr(pos_, end - pos_);
    line_ += static_cast<std::size_t>(std::count(part.begin(), part.end(), '\n'));
    cell.append(part);
    if (close == std::string_view::npos) {
      pos_ = text_.size();
      unterminated = true;
      return;
    }
    pos_ = close + 1;
    if (pos_ < text_.size() && text_[pos_] == '"') {
      cell.push_back('"');
      ++pos_;
      continue;
    }
    read_plain(cell);
    return;
  }
}

bool CsvReader::more() {
  skip_blank_lines();
  return pos_ < text_.size();
}

bool CsvReader::next(CsvRecord& record) {
  skip_blank_lines();
  if (pos_ >= text_.size()) return false;
  record.line = line_;
  record.offset = pos_;
  record.unterminated_quote = false;
  std::size_t count = 0;
  for (;;) {
    if (count == record.cells.size()) record.cells.emplace_back();
    std::string& cell = record.cells[count++];
    cell.clear();
    if (pos_ < text_.size() && text_[pos_] == '"') read_quoted(cell, record.unterminated_quote);
    else read_plain(cell);
    if (pos_ < text_.size() && text_[pos_] == sep_) {
      ++pos_;
      continue;
    }
    if (at_line_end()) consume_line_end();
    break;
  }
  record.cells.resize(count);
  return true;
}

}  // namespace dc::bulk
