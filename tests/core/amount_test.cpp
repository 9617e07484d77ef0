#include <catch2/catch.hpp>
#include "money/amount.hpp"

using dc::Lang;
using dc::read_amount;
using dc::write_amount;

TEST_CASE("Amounts are read into cents") {
  CHECK(read_amount("249,90").cents == 24990);
  CHECK(read_amount("1 249,90 \xE2\x82\xAC").cents == 124990);
  CHECK(read_amount("\xE2\x82\xAC" "1,249.90").cents == 124990);
  CHECK(read_amount("0,01").cents == 1);
  CHECK(read_amount("1000000000").cents == dc::kMaxAmountCents);
  CHECK_FALSE(read_amount("1000000000,01").cents);
  CHECK(read_amount("6,67 %").error == dc::DecimalError::format);  // a percent is not an amount
}

TEST_CASE("Amounts are written as French and English readers expect") {
  // French: narrow no-break space between thousands, no-break space before the euro sign.
  CHECK(write_amount(124990, Lang::fr) == "1\xE2\x80\xAF" "249,90\xC2\xA0\xE2\x82\xAC");
  CHECK(write_amount(124990, Lang::en) == "\xE2\x82\xAC" "1,249.90");
  CHECK(write_amount(0, Lang::fr) == "0,00\xC2\xA0\xE2\x82\xAC");
  CHECK(write_amount(1, Lang::en) == "\xE2\x82\xAC" "0.01");
  CHECK(write_amount(37, Lang::en) == "\xE2\x82\xAC" "0.37");
  CHECK(write_amount(100000, Lang::en) == "\xE2\x82\xAC" "1,000.00");
  CHECK(write_amount(99999, Lang::en) == "\xE2\x82\xAC" "999.99");
  CHECK(write_amount(dc::kMaxAmountCents, Lang::en) == "\xE2\x82\xAC" "1,000,000,000.00");
  CHECK(write_amount(-1250, Lang::en) == "-\xE2\x82\xAC" "12.50");
}

TEST_CASE("What is written reads back, from 1 cent to 1,000,000,000 euros") {
  for (dc::Cents c = 1; c <= dc::kMaxAmountCents; c = c * 3 + 7) {
    for (const Lang lang : {Lang::fr, Lang::en}) {
      const auto text = write_amount(c, lang);
      INFO(text);
      REQUIRE(read_amount(text).cents == c);
    }
  }
  for (dc::Cents c = 0; c < 100000; c += 97) REQUIRE(read_amount(write_amount(c, Lang::fr)).cents == c);
}
