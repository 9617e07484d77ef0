// Hostile input through the bulk check (dc::api::check_orders), the CSV rows of issue 9's table:
// a byte order mark, CRLF, quotes, empty lines, impossible dates, bad amounts, markup, invalid
// UTF-8, NUL bytes, a 10 MB cell. Each row comes back, with its deadline or with an error naming
// the column, never dropped; the result is JSON, inert in HTML. (A million rows: csv_reader_test
// for the reader, tests/node/bulk.test.js through the wasm module.)
#include <catch2/catch.hpp>
#include <string>
#include <vector>
#include "api/bulk.hpp"
#include "api/json.hpp"

using dc::json::Value;

namespace {

constexpr const char* kRequest = R"({"today":"2026-01-20","territory":"metropole"})";

Value checked(const std::string& csv) {
  const std::string out = dc::api::check_orders(kRequest, csv);
  INFO("result: " << out.substr(0, 600));
  REQUIRE(out.find_first_of("<>&") == std::string::npos);
  auto parsed = dc::json::parse(out);
  REQUIRE(parsed.value);
  REQUIRE(parsed.value->find("ok"));
  return std::move(*parsed.value);
}

struct Cell {
  const char* name;
  std::string cell;         // the date of receipt, or the amount
  const char* status;       // the row's status
  const char* column;       // the column its first error names ("" for none)
};

}  // namespace

TEST_CASE("Hostile CSV: impossible and malformed dates are each an error on their row, naming the column") {
  const std::vector<Cell> cells{
      {"30 February", "2026-02-30", "error", "Date de réception"},
      {"month 13", "2026-13-01", "error", "Date de réception"},
      {"year 0", "0000-01-01", "error", "Date de réception"},
      {"year 99999", "99999-01-01", "error", "Date de réception"},
      {"empty", "", "error", "Date de réception"},
      {"one-digit ISO", "2026-1-5", "error", "Date de réception"},
      {"whitespace", " \t ", "error", "Date de réception"},
      {"full-width digits", "\xEF\xBC\x92\xEF\xBC\x90\xEF\xBC\x92\xEF\xBC\x96-01-14", "error", "Date de réception"},
      {"markup", "<script>alert(1)</script>", "error", "Date de réception"},
      {"NaN", "NaN", "error", "Date de réception"},
      {"spaces around a good date", "  14/01/2026 ", "open", ""},
  };
  std::string csv = "Date de réception;Note\n";
  for (const auto& c : cells) csv += "\"" + c.cell + "\";" + c.name + "\n";
  const Value r = checked(csv);
  REQUIRE(r.find("ok")->as_bool());
  const auto& rows = r.find("rows")->items();
  REQUIRE(rows.size() == cells.size());
  for (std::size_t i = 0; i < cells.size(); ++i) {
    INFO(cells[i].name);
    CHECK(rows[i].find("status")->text() == cells[i].status);
    if (*cells[i].column) CHECK(rows[i].find("errors")->items().at(0).find("column")->text() == cells[i].column);
    else CHECK_FALSE(rows[i].find("errors"));
  }
}

TEST_CASE("Hostile CSV: bad amounts are an error on their row, whose deadline stands") {
  const std::vector<std::string> amounts{"-5", "NaN", "1e309", "99999999999999999999", "12,345,6", "<b>1</b>", "1,234"};
  std::string csv = "received;amount\n";
  for (const auto& a : amounts) csv += "14/01/2026;\"" + a + "\"\n";
  const Value r = checked(csv);
  const auto& rows = r.find("rows")->items();
  REQUIRE(rows.size() == amounts.size());
  for (std::size_t i = 0; i < rows.size(); ++i) {
    INFO(amounts[i]);
    CHECK(rows[i].find("status")->text() == "open");
    CHECK(rows[i].find("deadline")->find("safe")->text() == "2026-01-28");
    CHECK(rows[i].find("errors")->items().at(0).find("column")->text() == "amount");
    CHECK_FALSE(rows[i].find("amount"));
  }
}

TEST_CASE("Hostile CSV: BOM, CRLF, lone CR, quotes with separators and line breaks, empty lines") {
  const Value r = checked("\xEF\xBB\xBF" "Ref;Received\r\n\r\n\"a;\"\"b\"\"\r\nc\";14/01/2026\r\r\n;;\r\n\n\"x\";2026-01-10\r");
  REQUIRE(r.find("ok")->as_bool());
  const auto& rows = r.find("rows")->items();
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].find("cells")->items().at(0).text() == "a;\"b\"\r\nc");
  CHECK(rows[0].find("line")->text() == "3");
  CHECK(rows[1].find("line")->text() == "8");
  CHECK(rows[1].find("deadline")->find("safe")->text() == "2026-01-26");
}

TEST_CASE("Hostile CSV: markup in cells and headers is given back as text, escaped") {
  const Value r = checked("<img src=x onerror=alert(1)>;Received\n<script>alert(1)</script>;14/01/2026\n");
  const auto& rows = r.find("rows")->items();
  CHECK(rows.at(0).find("cells")->items().at(0).text() == "<script>alert(1)</script>");
  CHECK(r.find("columns")->items().at(0).find("name")->text() == "<img src=x onerror=alert(1)>");
}

TEST_CASE("Hostile CSV: invalid UTF-8 is read as Windows-1252: NUL bytes and a 10 MB cell are answered") {
  const Value latin = checked("Received;Note\n14/01/2026;\xFF\xFE\xC3\n");
  CHECK(latin.find("encoding")->text() == "windows-1252");
  CHECK(latin.find("rows")->items().at(0).find("cells")->items().at(1).text() == "\xC3\xBF\xC3\xBE\xC3\x83");

  static constexpr char kNul[] = "Received;Note\n14/01/2026;a\0b\n";
  const Value nul = checked(std::string(kNul, sizeof kNul - 1));
  CHECK(nul.find("rows")->items().at(0).find("status")->text() == "open");

  std::string big = "Received;Note\n" + std::string(10'000'000, 'x') + ";y\n14/01/2026;z\n";
  const std::string out = dc::api::check_orders(kRequest, big);
  CHECK(out.find("\"flagged\":1") != std::string::npos);  // the 10 MB row: not a date, said so
  CHECK(out.find("\"open\":1") != std::string::npos);
}

TEST_CASE("Hostile CSV: a file that is only a header, only blank lines, or UTF-16 is answered") {
  const Value header = checked("Received\n");
  CHECK(header.find("ok")->as_bool());
  CHECK(header.find("counts")->find("rows")->text() == "0");
  CHECK(checked("\r\n\r\n\n").find("errors")->items().at(0).find("field")->text() == "csv");
  CHECK(checked(std::string("\xFE\xFF\0R", 4)).find("errors")->items().at(0).find("field")->text() == "csv");
}
