// Reads CSV records (RFC 4180, as spreadsheets write them): fields separated by ';', ',' or a
// tab, quoted fields with "" for a quote and line breaks inside, CRLF or LF line ends, blank lines
// skipped. One pass over the text, cells reused from record to record: reading is linear.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace dc::bulk {

// The separator of a file, from its first line (outside quotes): the most frequent of ';', '\t'
// and ',' (a tie goes in that order: French files use ';' because ',' is their decimal mark).
char detect_separator(std::string_view text);

struct CsvRecord {
  std::vector<std::string> cells;
  std::size_t line = 0;             // where the record starts, 1 for the file's first line
  std::size_t offset = 0;           // where it starts, in bytes
  bool unterminated_quote = false;  // a quoted field ran to the end of the text
};

class CsvReader {
 public:
  // Reads `text` from byte `offset`, which must be the start of a record, on line `line`.
  CsvReader(std::string_view text, char separator, std::size_t offset = 0, std::size_t line = 1);

  // The next record into `record` (its cells' storage is reused); false at the end of the text.
  bool next(CsvRecord& record);

  // Whether a record is left (blank lines before it are skipped).
  bool more();

  std::size_t offset() const { return pos_; }  // where the next record starts
  std::size_t line() const { return line_; }

 private:
  void skip_blank_lines();
  void read_quoted(std::string& cell, bool& unterminated);
  void read_plain(std::string& cell);
  bool at_line_end() const;
  void consume_line_end();

  std::string_view text_;
  char sep_;
  std::size_t pos_;
  std::size_t line_;
};

}  // namespace dc::bulk
