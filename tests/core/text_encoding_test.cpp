#include <catch2/catch.hpp>
#include <string>
#include "bulk/text_encoding.hpp"

using dc::bulk::as_utf8;
using dc::bulk::Encoding;
using dc::bulk::is_valid_utf8;

TEST_CASE("UTF-8 is checked strictly") {
  CHECK(is_valid_utf8("Date de r\xC3\xA9" "ception"));
  CHECK(is_valid_utf8("\xE2\x82\xAC 12"));        // €
  CHECK(is_valid_utf8("\xF0\x9F\x93\xA6"));        // a 4-byte character
  CHECK_FALSE(is_valid_utf8("R\xE9" "ception"));   // Windows-1252 é
  CHECK_FALSE(is_valid_utf8("\xC3"));              // cut short
  CHECK_FALSE(is_valid_utf8("\xC0\xAF"));          // overlong
  CHECK_FALSE(is_valid_utf8("\xED\xA0\x80"));      // a surrogate
  CHECK_FALSE(is_valid_utf8("\xF4\x90\x80\x80"));  // past U+10FFFF
}

TEST_CASE("A byte order mark is dropped") {
  std::string storage;
  const auto t = as_utf8("\xEF\xBB\xBFre\xC3\xA7u;x", storage);
  CHECK(t.encoding == Encoding::utf8_with_bom);
  CHECK(t.text == "re\xC3\xA7u;x");
  CHECK(storage.empty());
}

TEST_CASE("A Windows-1252 file (spreadsheets' CSV in France) is converted") {
  std::string storage;
  const auto t = as_utf8("Date de r\xE9" "ception;Montant\n1;12,50 \x80;\x9C" "uf", storage);
  CHECK(t.encoding == Encoding::windows_1252);
  CHECK(t.text == "Date de r\xC3\xA9" "ception;Montant\n1;12,50 \xE2\x82\xAC;\xC5\x93uf");
}

TEST_CASE("UTF-16 is recognised, not misread") {
  std::string storage;
  CHECK(as_utf8(std::string("\xFF\xFE" "a\0", 4), storage).encoding == Encoding::utf16);
  CHECK(as_utf8("\xFE\xFF", storage).encoding == Encoding::utf16);
  CHECK(as_utf8("plain", storage).encoding == Encoding::utf8);
}
