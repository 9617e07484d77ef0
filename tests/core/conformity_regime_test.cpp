#include <catch2/catch.hpp>
#include "rules/conformity_regime.hpp"

using namespace date::literals;
using date::sys_days;
using dc::ConformityRegime;
using dc::GoodsCondition;

TEST_CASE("The regime spans follow each other with no gap and no overlap") {
  const auto spans = dc::conformity_regime_spans();
  REQUIRE(spans.size() == 3);
  CHECK(spans.front().from == dc::kConformityFirstContractDay);
  CHECK(spans.back().until == dc::kOpenEnd);
  for (std::size_t i = 0; i < spans.size(); ++i) {
    CHECK(spans[i].from < spans[i].until);
    if (i > 0) CHECK(spans[i - 1].until == spans[i].from);
  }
}

TEST_CASE("Every contract day from 2014 to 2030 falls in exactly one regime span") {
  int days = 0;
  for (sys_days d{2014_y / 1 / 1}; d <= sys_days{2030_y / 12 / 31}; d += date::days{1}, ++days) {
    int containing = 0;
    const dc::RegimeSpan* found = nullptr;
    for (const auto& span : dc::conformity_regime_spans())
      if (span.from <= d && d < span.until) ++containing, found = &span;
    REQUIRE(containing == 1);
    REQUIRE(dc::regime_span_for(d) == found);
    const bool before2022 = d < sys_days{2022_y / 1 / 1};
    REQUIRE((found->regime == ConformityRegime::before2022) == before2022);
    const int new_months = d < sys_days{2016_y / 3 / 18} ? 6 : 24;
    REQUIRE(dc::presumption_months(*found, GoodsCondition::new_goods) == new_months);
    REQUIRE(dc::presumption_months(*found, GoodsCondition::second_hand) == (before2022 ? 6 : 12));
  }
  CHECK(days == 6209);  // 17 years, 5 of them leap years
}

TEST_CASE("Before 20 February 2005 no regime is covered, from then on one always is") {
  for (sys_days d{1990_y / 1 / 1}; d < sys_days{2005_y / 2 / 20}; d += date::days{1})
    REQUIRE(dc::regime_span_for(d) == nullptr);
  for (sys_days d{2005_y / 2 / 20}; d < sys_days{2014_y / 1 / 1}; d += date::days{1}) REQUIRE(dc::regime_span_for(d));
  CHECK(dc::regime_span_for(sys_days{9998_y / 12 / 31})->regime == ConformityRegime::from2022);
}

TEST_CASE("The boundary days of the regimes") {
  CHECK(dc::regime_span_for(sys_days{2021_y / 12 / 31})->regime == ConformityRegime::before2022);
  CHECK(dc::regime_span_for(sys_days{2022_y / 1 / 1})->regime == ConformityRegime::from2022);
  CHECK(dc::presumption_months(*dc::regime_span_for(sys_days{2016_y / 3 / 17}), GoodsCondition::new_goods) == 6);
  CHECK(dc::presumption_months(*dc::regime_span_for(sys_days{2016_y / 3 / 18}), GoodsCondition::new_goods) == 24);
  CHECK(dc::regime_span_for(sys_days{2005_y / 2 / 19}) == nullptr);
  CHECK(dc::regime_span_for(sys_days{2005_y / 2 / 20}) != nullptr);
  CHECK(dc::regime_span_for(sys_days{2022_y / 1 / 1})->presumption_article == dc::art::L217_7);
  CHECK(dc::regime_span_for(sys_days{2021_y / 12 / 31})->presumption_article == dc::art::L217_7_old);
}
