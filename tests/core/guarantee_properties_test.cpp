// Properties of the guarantee deadlines that must hold for every start date (rules.md section 10):
// the later the delivery, the sale or the discovery, never the earlier the deadline. Exhaustive
// over every day from 20 February 2005 (the first contract the conformity engine covers) to 2035,
// for new and second-hand goods, and for the hidden-defect action over 1950-2060.
#include <catch2/catch.hpp>
#include <optional>
#include "calendar/iso_date.hpp"
#include "rules/conformity.hpp"
#include "rules/hidden_defect.hpp"

using namespace date::literals;
using date::days;
using date::sys_days;

namespace {

dc::ConformityResult conformity(sys_days contract, sys_days delivered, dc::GoodsCondition condition) {
  dc::ConformityInput in;
  in.item = dc::ConformityItem::goods;
  in.contract = contract;
  in.delivered = delivered;
  in.condition = condition;
  in.defect_appeared = delivered + days{20};
  in.today = delivered + days{25};
  return dc::legal_conformity(in, dc::Lang::en);
}

dc::HiddenDefectResult hidden(sys_days sale, sys_days discovered) {
  dc::HiddenDefectInput in;
  in.sale = sale;
  in.discovered = discovered;
  in.seller_knew = false;
  in.today = discovered;
  return dc::hidden_defect(in, dc::Lang::en);
}

}  // namespace

TEST_CASE("Conformity: the guarantee's end and the presumption's end never move back as the delivery moves forward") {
  for (const auto condition : {dc::GoodsCondition::new_goods, dc::GoodsCondition::second_hand}) {
    for (const int gap : {0, 3, 40}) {  // days from the contract to the delivery
      std::optional<sys_days> previous_until, previous_presumption;
      for (sys_days contract{2005_y / 2 / 20}; contract <= sys_days{2035_y / 12 / 31}; contract += days{1}) {
        const sys_days delivered = contract + days{gap};
        const auto r = conformity(contract, delivered, condition);
        INFO("contract " << dc::iso_date(contract) << " delivered " << dc::iso_date(delivered) << " second-hand "
                         << (condition == dc::GoodsCondition::second_hand));
        REQUIRE(r.outcome == dc::ConformityOutcome::answered);
        REQUIRE(r.until);
        REQUIRE(r.presumption_until);
        // At least two years after the delivery (rolled to an open day at most a few days later).
        REQUIRE(*r.until >= sys_days{date::year_month_day{delivered} + date::years{2}} - days{3});
        REQUIRE(*r.until <= delivered + days{731 + 7});
        REQUIRE(*r.presumption_until > delivered);
        REQUIRE(*r.presumption_until <= *r.until);
        if (previous_until) REQUIRE(*r.until >= *previous_until);
        if (previous_presumption) REQUIRE(*r.presumption_until >= *previous_presumption);
        previous_until = r.until;
        previous_presumption = r.presumption_until;
      }
    }
  }
}

TEST_CASE("Hidden defect: the action's end never moves back as the sale or the discovery moves forward") {
  // The discovery a fixed number of days after the sale, every sale day 1950-2060: the later sale,
  // the later (or same) deadline.
  for (const int after : {0, 1, 400, 365 * 18 + 100, 365 * 19 + 200, 365 * 25}) {
    std::optional<sys_days> previous;
    for (sys_days sale{1950_y / 1 / 1}; sale <= sys_days{2060_y / 12 / 31}; sale += days{1}) {
      const auto r = hidden(sale, sale + days{after});
      INFO("sale " << dc::iso_date(sale) << " discovered " << after << " days later");
      REQUIRE(r.deadline);
      REQUIRE(*r.deadline >= sale);
      REQUIRE(r.deadline == std::min(r.two_years_from_discovery, r.twenty_years_from_sale));
      if (previous) REQUIRE(*r.deadline >= *previous);
      previous = r.deadline;
    }
  }
  // A fixed sale, every discovery day for 25 years: the deadline grows, then stays at the 20 years.
  for (const sys_days sale : {sys_days{2000_y / 2 / 29}, sys_days{2025_y / 6 / 10}}) {
    std::optional<sys_days> previous;
    for (int after = 0; after <= 365 * 25; ++after) {
      const auto r = hidden(sale, sale + days{after});
      INFO("sale " << dc::iso_date(sale) << " discovered " << after << " days later");
      REQUIRE(r.deadline);
      if (previous) REQUIRE(*r.deadline >= *previous);
      REQUIRE(*r.deadline <= *r.twenty_years_from_sale);
      previous = r.deadline;
    }
  }
}
