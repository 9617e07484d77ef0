#include <catch2/catch.hpp>
#include <cstdint>
#include "money/checked.hpp"

TEST_CASE("Checked sums and products say when they would overflow") {
  CHECK(dc::checked_add(1, 2) == 3);
  CHECK_FALSE(dc::checked_add(INT64_MAX, 1));
  CHECK(dc::checked_mul(3'000'000'000LL, 3) == 9'000'000'000LL);
  CHECK_FALSE(dc::checked_mul(INT64_MAX / 2 + 1, 2));
}

TEST_CASE("Multiply-divide rounds half up, exactly, beyond 64-bit products") {
  CHECK(dc::mul_div_round_half_up(1, 5, 10) == 1);   // 0.5 -> 1
  CHECK(dc::mul_div_round_half_up(1, 4, 10) == 0);   // 0.4 -> 0
  CHECK(dc::mul_div_round_half_up(1, 15, 10) == 2);  // 1.5 -> 2
  CHECK(dc::mul_div_round_half_up(1, 25, 10) == 3);  // 2.5 -> 3 (half up, not to even)
  CHECK(dc::mul_div_round_half_up(2, 1, 3) == 1);    // 0.67 -> 1
  CHECK(dc::mul_div_round_half_up(1, 1, 3) == 0);    // 0.33 -> 0
  // 10^11 × 10^13 = 10^24 does not fit in 64 bits; / 10^13 gives back 10^11.
  CHECK(dc::mul_div_round_half_up(100'000'000'000LL, 10'000'000'000'000LL, 10'000'000'000'000LL) == 100'000'000'000LL);
  CHECK_FALSE(dc::mul_div_round_half_up(INT64_MAX, INT64_MAX, 1));
  CHECK_FALSE(dc::mul_div_round_half_up(-1, 1, 1));
  CHECK_FALSE(dc::mul_div_round_half_up(1, 1, 0));
}
