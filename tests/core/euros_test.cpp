#include <catch2/catch.hpp>
#include <climits>
#include "text/euros.hpp"

TEST_CASE("euros: French and English, grouped, from integer cents") {
  CHECK(dc::euros(12990, dc::Lang::fr) == "129,90\u00a0€");
  CHECK(dc::euros(5, dc::Lang::fr) == "0,05\u00a0€");
  CHECK(dc::euros(123456789, dc::Lang::fr) == "1\u00a0234\u00a0567,89\u00a0€");
  CHECK(dc::euros(500000, dc::Lang::en) == "€5,000.00");
  CHECK(dc::euros(-150, dc::Lang::en) == "-€1.50");
  CHECK(dc::euros(LLONG_MIN, dc::Lang::en) == "-€92,233,720,368,547,758.08");
}
