#include <catch2/catch.hpp>
#include "rules/non_delivery_refund.hpp"

using namespace date::literals;
using date::days;
using date::sys_days;

TEST_CASE("L241-4 tiers: 10 % up to 30 days, 20 % up to 60, 50 % beyond") {
  CHECK(dc::l241_4_tier(0).percent == 0);
  CHECK(dc::l241_4_tier(1).percent == 10);
  CHECK(dc::l241_4_tier(30).percent == 10);
  CHECK(dc::l241_4_tier(31).percent == 20);
  CHECK(dc::l241_4_tier(60).percent == 20);
  CHECK(dc::l241_4_tier(61).percent == 50);
  CHECK(dc::l241_4_tier(5000).percent == 50);
}

TEST_CASE("L241-4 amounts, totals and the next step") {
  const sys_days due{2026_y / 3 / 16};
  struct Case {
    int days;
    dc::Cents increase;
  };
  for (const Case c : {Case{0, 0}, Case{1, 2499}, Case{30, 2499}, Case{31, 4998}, Case{60, 4998}, Case{61, 12495}, Case{400, 12495}}) {
    INFO(c.days);
    const auto r = dc::non_delivery_refund({24990, due, due + days{c.days}, true}, dc::Lang::fr);
    REQUIRE(r);
    CHECK(r->days_late == c.days);
    CHECK(r->increase == c.increase);
    CHECK(r->total_due == 24990 + c.increase);
    CHECK_FALSE(r->next);  // refunded: no next step
    CHECK(r->steps.front().article == dc::art::L241_4);
  }
  const auto open = dc::non_delivery_refund({24990, due, due + days{12}, false}, dc::Lang::en);
  REQUIRE(open->next);
  CHECK(open->next->day == 31);
  CHECK(open->next->date == due + days{31});
  CHECK(open->next->cents == 4998);
  CHECK_FALSE(dc::non_delivery_refund({24990, due, due + days{61}, false}, dc::Lang::en)->next);
  // Rounding half up: 5 cents × 10 % = 0.5 -> 1.
  CHECK(dc::non_delivery_refund({5, due, due + days{1}, true}, dc::Lang::fr)->increase == 1);
}
