#include <catch2/catch.hpp>
#include <string>
#include <vector>
#include "bulk/csv_reader.hpp"

using dc::bulk::CsvReader;
using dc::bulk::CsvRecord;
using dc::bulk::detect_separator;

namespace {

std::vector<CsvRecord> read_all(std::string_view text, char sep) {
  CsvReader reader(text, sep);
  std::vector<CsvRecord> out;
  CsvRecord r;
  while (reader.next(r)) out.push_back(r);
  return out;
}

using Cells = std::vector<std::string>;

}  // namespace

TEST_CASE("The separator is found in the first line, outside quotes") {
  CHECK(detect_separator("Commande;Date de réception;Montant\n1;2;3") == ';');
  CHECK(detect_separator("order,received,amount\n") == ',');
  CHECK(detect_separator("order\treceived\n") == '\t');
  CHECK(detect_separator("\"a;b;c\",received,amount\n") == ',');       // ';' inside quotes do not count
  CHECK(detect_separator("Commande;Montant, TTC;Reçu\n") == ';');      // 2 against 1
  CHECK(detect_separator("a;b,c\n") == ';');                           // a tie goes to ';'
  CHECK(detect_separator("received\n2026-01-14,x,y,z\n") == ';');      // only the first line counts
}

TEST_CASE("Fields, quotes and doubled quotes") {
  const auto rows = read_all("a;\"b;c\";\"say \"\"hi\"\"\";;d\n", ';');
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].cells == Cells{"a", "b;c", "say \"hi\"", "", "d"});
  // Text after a closing quote is kept as written, as spreadsheets do.
  CHECK(read_all("\"12\"cm;x", ';')[0].cells == Cells{"12cm", "x"});
  // Commas inside quotes in a comma file.
  CHECK(read_all("\"1 234,56\",x", ',')[0].cells == Cells{"1 234,56", "x"});
}

TEST_CASE("CRLF, LF and a lone CR end lines: a final line without one is read") {
  const auto rows = read_all("h1;h2\r\n1;2\r\n3;4\r5;6\n7;8", ';');
  REQUIRE(rows.size() == 5);
  CHECK(rows[1].cells == Cells{"1", "2"});
  CHECK(rows[2].cells == Cells{"3", "4"});
  CHECK(rows[3].cells == Cells{"5", "6"});
  CHECK(rows[4].cells == Cells{"7", "8"});
  CHECK(rows[4].line == 5);
  for (const auto& r : rows)
    for (const auto& c : r.cells) CHECK(c.find('\r') == std::string::npos);
}

TEST_CASE("Blank lines are skipped: line numbers stay those of the file") {
  const auto rows = read_all("\n\nh\r\n\r\n\r\na\n\nb\n\n", ';');
  REQUIRE(rows.size() == 3);
  CHECK(rows[0].line == 3);
  CHECK(rows[1].line == 6);
  CHECK(rows[1].cells == Cells{"a"});
  CHECK(rows[2].line == 8);
}

TEST_CASE("A quoted field may hold line breaks: the next record's line number counts them") {
  const auto rows = read_all("h;note\n1;\"two\r\nlines\"\n2;x\n", ';');
  REQUIRE(rows.size() == 3);
  CHECK(rows[1].cells == Cells{"1", "two\r\nlines"});
  CHECK(rows[1].line == 2);
  CHECK(rows[2].line == 4);
}

TEST_CASE("An unterminated quote is flagged, and takes the rest of the text") {
  const auto rows = read_all("h;n\n1;\"open\n2;x\n", ';');
  REQUIRE(rows.size() == 2);
  CHECK(rows[1].unterminated_quote);
  CHECK(rows[1].cells == Cells{"1", "open\n2;x\n"});
  CHECK_FALSE(rows[0].unterminated_quote);
}

TEST_CASE("Reading resumes from a record's offset and line") {
  const std::string text = "h;x\n1;a\n\n2;\"b\nb\"\n3;c\n";
  CsvReader reader(text, ';');
  CsvRecord r;
  REQUIRE(reader.next(r));
  REQUIRE(reader.next(r));
  const std::size_t offset = reader.offset(), line = reader.line();
  CsvReader resumed(text, ';', offset, line);
  REQUIRE(resumed.next(r));
  CHECK(r.cells == Cells{"2", "b\nb"});
  CHECK(r.line == 4);
  REQUIRE(resumed.next(r));
  CHECK(r.line == 6);
  CHECK_FALSE(resumed.more());
}

TEST_CASE("A million rows are read in one pass") {
  std::string text = "Commande;Date de réception;Montant\r\n";
  constexpr std::size_t kRows = 1'000'000;
  text.reserve(kRows * 32);
  for (std::size_t i = 0; i < kRows; ++i) text += "A-" + std::to_string(i) + ";14/01/2026;\"1 234,56\"\r\n";
  CsvReader reader(text, ';');
  CsvRecord r;
  std::size_t count = 0, previous_offset = 0;
  bool offsets_grow = true;
  while (reader.next(r)) {
    ++count;
    offsets_grow = offsets_grow && (count == 1 || r.offset > previous_offset);
    previous_offset = r.offset;
  }
  CHECK(offsets_grow);
  CHECK(count == kRows + 1);
  CHECK(r.line == kRows + 1);
  CHECK(r.cells == Cells{"A-999999", "14/01/2026", "1 234,56"});
  CHECK(reader.offset() == text.size());
}
