#include <catch2/catch.hpp>
#include "money/decimal.hpp"

using dc::DecimalError;
using dc::read_hundredths;

namespace {
constexpr std::int64_t kMax = 100'000'000'000;  // 1,000,000,000 units, in hundredths
const char* const kNbsp = "\xC2\xA0";
const char* const kNnbsp = "\xE2\x80\xAF";

std::int64_t value(const std::string& s) {
  const auto r = read_hundredths(s, "\xE2\x82\xAC", kMax);
  INFO("input: " << s);
  REQUIRE(r.error == DecimalError::none);
  return *r.hundredths;
}

DecimalError error(const std::string& s) { return read_hundredths(s, "\xE2\x82\xAC", kMax).error; }
}  // namespace

TEST_CASE("Numbers as people type them in France and in English") {
  CHECK(value("249,90") == 24990);
  CHECK(value("249.90") == 24990);
  CHECK(value("249,9") == 24990);
  CHECK(value("249") == 24900);
  CHECK(value("1249") == 124900);
  CHECK(value("0,01") == 1);
  CHECK(value("0.5") == 50);
  CHECK(value("007") == 700);
  CHECK(value("1 249,90") == 124990);
  CHECK(value(std::string("1") + kNbsp + "249,90") == 124990);
  CHECK(value(std::string("1") + kNnbsp + "249,90") == 124990);
  CHECK(value("1\xE2\x80\x89" "249,90") == 124990);  // thin space
  CHECK(value("1 249 000") == 124900000);
  CHECK(value("1.249,90") == 124990);
  CHECK(value("1,249.90") == 124990);
  CHECK(value("1,249,000") == 124900000);
  CHECK(value("1.249.000") == 124900000);
  CHECK(value("1,249,000.5") == 124900050);
}

TEST_CASE("The unit, before or after, and spaces around") {
  CHECK(value("1 249,90 \xE2\x82\xAC") == 124990);
  CHECK(value(std::string("1") + kNnbsp + "249,90" + kNbsp + "\xE2\x82\xAC") == 124990);  // as Intl writes it
  CHECK(value("1249,90\xE2\x82\xAC") == 124990);
  CHECK(value("\xE2\x82\xAC" "1,249.90") == 124990);
  CHECK(value("\xE2\x82\xAC 5") == 500);
  CHECK(value("  12,50  ") == 1250);
  CHECK(value(std::string(kNbsp) + "12,50\t") == 1250);
  CHECK(read_hundredths("6,67 %", "%", 10000).hundredths == 667);
}

TEST_CASE("Refused, each with its reason") {
  CHECK(error("") == DecimalError::empty);
  CHECK(error("   ") == DecimalError::empty);
  CHECK(error("\xE2\x82\xAC") == DecimalError::empty);
  CHECK(error("abc") == DecimalError::format);
  CHECK(error("NaN") == DecimalError::format);
  CHECK(error("nan") == DecimalError::format);
  CHECK(error("Infinity") == DecimalError::format);
  CHECK(error("1e309") == DecimalError::format);
  CHECK(error("1E5") == DecimalError::format);
  CHECK(error("0x10") == DecimalError::format);
  CHECK(error("+5") == DecimalError::format);
  CHECK(error("5-") == DecimalError::format);
  CHECK(error("12 euros") == DecimalError::format);
  CHECK(error("249,") == DecimalError::format);
  CHECK(error(",50") == DecimalError::format);
  CHECK(error("249,,90") == DecimalError::format);
  CHECK(error("249 ,90") == DecimalError::format);
  CHECK(error("249,9 0") == DecimalError::format);
  CHECK(error("5 \xE2\x82\xAC\xE2\x82\xAC") == DecimalError::format);
  CHECK(error("\xEF\xBC\x95") == DecimalError::format);  // full-width 5
  CHECK(error("-5") == DecimalError::negative);
  CHECK(error("- 5") == DecimalError::negative);
  CHECK(error("\xE2\x88\x92" "5") == DecimalError::negative);  // U+2212 minus sign
  CHECK(error("-abc") == DecimalError::format);
  CHECK(error("12,345,67") == DecimalError::grouping);
  CHECK(error("12 34") == DecimalError::grouping);
  CHECK(error("1249 000") == DecimalError::grouping);
  CHECK(error("1.2,30") == DecimalError::grouping);
  CHECK(error("1 249.000,50") == DecimalError::grouping);
  CHECK(error("1,249,50.5") == DecimalError::grouping);
  CHECK(error("1,249") == DecimalError::ambiguous);
  CHECK(error("1.249") == DecimalError::ambiguous);
  CHECK(error("249,999") == DecimalError::ambiguous);
  CHECK(error("0,500") == DecimalError::too_many_decimals);
  CHECK(error("1249,500") == DecimalError::too_many_decimals);
  CHECK(error("249,9999") == DecimalError::too_many_decimals);
  CHECK(error("1 249,999") == DecimalError::too_many_decimals);
}

TEST_CASE("Magnitudes: the maximum exactly, and no overflow beyond it") {
  CHECK(value("1000000000") == kMax);
  CHECK(value("1 000 000 000,00") == kMax);
  CHECK(error("1000000000,01") == DecimalError::too_large);
  CHECK(error("1000000001") == DecimalError::too_large);
  CHECK(error("99999999999999999999999999999999999999") == DecimalError::too_large);
  CHECK(error(std::string(400, '9')) == DecimalError::too_large);
  CHECK(value(std::string(300, '0') + "1") == 100);
}
