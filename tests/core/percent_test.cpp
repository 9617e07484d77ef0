#include <catch2/catch.hpp>
#include "money/percent.hpp"

using dc::Lang;

TEST_CASE("Percents as typed, in hundredths of a percent") {
  CHECK(dc::read_percent("6,67", 3000).hundredths == 667);
  CHECK(dc::read_percent("6.67", 3000).hundredths == 667);
  CHECK(dc::read_percent("6,67 %", 3000).hundredths == 667);
  CHECK(dc::read_percent("6,67\xC2\xA0%", 3000).hundredths == 667);
  CHECK(dc::read_percent("7", 3000).hundredths == 700);
  CHECK(dc::read_percent("30", 3000).hundredths == 3000);
  CHECK(dc::read_percent("30,01", 3000).error == dc::DecimalError::too_large);
  CHECK(dc::read_percent("6,675", 3000).error == dc::DecimalError::ambiguous);
  CHECK(dc::read_percent("abc", 3000).error == dc::DecimalError::format);
  CHECK(dc::read_percent("-1", 3000).error == dc::DecimalError::negative);
}

TEST_CASE("Percents written for people") {
  CHECK(dc::write_percent(667, Lang::fr) == "6,67\xC2\xA0%");
  CHECK(dc::write_percent(667, Lang::en) == "6.67%");
  CHECK(dc::write_percent(360, Lang::fr) == "3,60\xC2\xA0%");
  CHECK(dc::write_percent(5500, Lang::fr) == "55\xC2\xA0%");
  CHECK(dc::write_percent(5, Lang::en) == "0.05%");
}
