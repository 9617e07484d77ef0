#include <catch2/catch.hpp>
#include <algorithm>
#include "calendar/iso_date.hpp"
#include "csv_vectors.hpp"
#include "rules/late_refund.hpp"

using namespace date::literals;
using date::days;
using date::sys_days;
using dc::Cents;
using dc::ReadingId;
using dc::TierKind;

namespace {

sys_days iso(const std::string& s) { return *dc::read_iso_date(s).day; }

dc::LateRefundResult compute(Cents price, Cents delivery, sys_days due, int late, bool refunded = true,
                             std::optional<int> rate = std::nullopt, std::optional<sys_days> due_latest = std::nullopt) {
  const dc::LateRefundInput in{price, delivery, 0, due, due_latest.value_or(due), due + days{late}, refunded, rate};
  auto r = dc::late_refund(in, dc::Lang::fr);
  REQUIRE(r);
  return *r;
}

const dc::ReadingFigure* reading(const dc::LateRefundResult& r, ReadingId id) {
  for (const auto& x : r.readings)
    if (x.id == id) return &x;
  return nullptr;
}

Cents half_up(Cents numerator, Cents denominator) { return (numerator + denominator / 2) / denominator; }

}  // namespace

TEST_CASE("Every row of late_refund.csv, through the core") {
  const auto rows = dc::test::read_vectors("late_refund.csv");
  REQUIRE(rows.size() >= 8);
  for (const auto& row : rows) {
    INFO(row.at("why"));
    const sys_days due = iso(row.at("refund_due")), refunded = iso(row.at("refunded"));
    const dc::LateRefundInput in{std::stoll(row.at("price_cents")), std::stoll(row.at("delivery_cents")), 0, due, due,
                                 refunded, true, std::nullopt};
    const auto r = dc::late_refund(in, dc::Lang::fr);
    REQUIRE(r);
    CHECK(r->days_late == std::stoi(row.at("expected_days_late")));
    CHECK(r->increase.total == std::stoll(row.at("expected_increase_cents")));
  }
}

TEST_CASE("Tiers from lower (excluded) to upper (included), and beyond 90 days 5 points per started 30-day period") {
  struct Tier {
    int day;
    TierKind kind;
    int percent;
  };
  const Tier tiers[] = {{0, TierKind::none, 0},     {1, TierKind::legal_interest, 0}, {10, TierKind::legal_interest, 0},
                        {11, TierKind::percent, 5}, {20, TierKind::percent, 5},       {21, TierKind::percent, 10},
                        {30, TierKind::percent, 10}, {31, TierKind::percent, 20},     {60, TierKind::percent, 20},
                        {61, TierKind::percent, 50}, {90, TierKind::percent, 50},     {91, TierKind::percent, 55},
                        {120, TierKind::percent, 55}, {121, TierKind::percent, 60},   {150, TierKind::percent, 60},
                        {151, TierKind::percent, 65}, {360, TierKind::percent, 95},   {361, TierKind::percent, 100}};
  for (const auto& t : tiers) {
    INFO("day " << t.day);
    const auto tier = dc::l242_4_tier(t.day, dc::MonthCount::started);
    CHECK(tier.kind == t.kind);
    CHECK(tier.percent == t.percent);
    if (t.day > 0) CHECK((tier.first_day <= t.day && t.day <= tier.last_day));
  }
  CHECK(dc::l242_4_tier(91, dc::MonthCount::completed).percent == 50);
  CHECK(dc::l242_4_tier(119, dc::MonthCount::completed).percent == 50);
  CHECK(dc::l242_4_tier(120, dc::MonthCount::completed).percent == 55);
  CHECK(dc::l242_4_tier(150, dc::MonthCount::completed).percent == 60);
}

TEST_CASE("Every tier boundary, for amounts from 1 cent to 1,000,000 euros") {
  // Due 16 March 2026: every interest day is in 2026-S1 (6.67 %, 365 days); the percent tiers are
  // sums × percent, rounded half up.
  const sys_days due{2026_y / 3 / 16};
  const int boundary_days[] = {0, 1, 10, 11, 20, 21, 30, 31, 60, 61, 90, 91, 120, 121};
  const Cents amounts[] = {1, 10, 30, 99, 24990, 100'000, 99'999'999, 100'000'000};
  for (const Cents price : amounts) {
    for (const int d : boundary_days) {
      INFO("price " << price << " day " << d);
      const auto r = compute(price, 0, due, d);
      const auto tier = dc::l242_4_tier(d, dc::MonthCount::started);
      Cents expected = 0;
      if (tier.kind == TierKind::legal_interest) expected = half_up(price * 667 * d, 10000LL * 365);
      if (tier.kind == TierKind::percent) expected = half_up(price * tier.percent, 100);
      CHECK(r.days_late == d);
      CHECK(r.increase.total == expected);
      CHECK(r.total_due == price + expected);
      CHECK_FALSE(r.increase.capped);
    }
  }
  // Spot values written out: 249.90 € on day 10, 11, 91 and 121.
  CHECK(compute(24990, 0, due, 10).increase.total == 46);      // 24990 × 6.67 % × 10 / 365 = 45.67
  CHECK(compute(24990, 0, due, 11).increase.total == 1250);    // 5 % of 249.90 = 12.495 -> 12.50
  CHECK(compute(24990, 0, due, 91).increase.total == 13745);   // 55 % = 137.445 -> 137.45
  CHECK(compute(24990, 0, due, 121).increase.total == 14994);  // 60 %
  CHECK(compute(1, 0, due, 91).increase.total == 1);           // 0.55 cent -> 1
  CHECK(compute(1, 0, due, 11).increase.total == 0);           // 0.05 cent -> 0
}

TEST_CASE("Delivery is part of the sums due, not of the cap") {
  const sys_days due{2026_y / 3 / 16};
  const auto r = compute(20000, 1000, due, 31);
  CHECK(r.sums_due == 21000);
  CHECK(r.increase.total == 4200);  // 20 % of 210 €
  CHECK(r.increase.cap_cents == 20000);
  // 95 % of 210 € = 199.50 € < 200 €: the cap is reached at 100 %, day 361.
  CHECK(r.increase.cap_day == 361);
  CHECK(compute(20000, 1000, due, 360).increase.total == 19950);
  CHECK(compute(20000, 1000, due, 361).increase.total == 20000);
}

TEST_CASE("The cap: the product's price, then legal interest on the sums due") {
  const sys_days due{2024_y / 1 / 1};  // day 361 is 27 December 2024 (8.16 %, a 366-day year)
  const auto before = compute(100'000'000, 0, due, 360);
  CHECK(before.increase.total == 95'000'000);
  CHECK_FALSE(before.increase.capped);
  CHECK(before.increase.cap_day == 361);

  const auto at = compute(100'000'000, 0, due, 361);
  CHECK(at.increase.capped);
  CHECK(at.increase.tier_cents == 100'000'000);
  CHECK(at.increase.after_cap_cents == 0);
  CHECK(at.increase.total == 100'000'000);

  // One day after: 1,000,000 € × 8.16 % / 366 = 222.95 €.
  const auto after = compute(100'000'000, 0, due, 362);
  CHECK(after.increase.after_cap_cents == 22295);
  CHECK(after.increase.total == 100'022'295);
  REQUIRE(after.increase.after_cap_interest.segments.size() == 1);
  CHECK(after.increase.after_cap_interest.segments[0].first == sys_days{2024_y / 12 / 28});
  CHECK(compute(20000, 0, due, 362).increase.total == 20004);

  // Years after the cap, across many half-years (checked against a day-by-day reference).
  CHECK(compute(100'000'000, 0, sys_days{2018_y / 3 / 1}, 1500).increase.total == 109'916'548);
  CHECK(compute(20000, 0, sys_days{2015_y / 1 / 5}, 900).increase.total == 21283);
}

TEST_CASE("When delivery costs more than the product, the cap can be reached before day 90") {
  // Reading (spec silent): the increase never exceeds the product's price, whatever the tier.
  // 1,000,000,000 € + 1,000,000,000 € delivery: 50 % of the sums equals the price on day 61.
  const auto r = compute(100'000'000'000, 100'000'000'000, sys_days{2015_y / 1 / 1}, 365 * 20);
  CHECK(r.increase.cap_day == 61);
  CHECK(r.increase.total == 317'996'658'732);  // reference: day-by-day interest with exact fractions
}

TEST_CASE("Each reading is listed with the alternative's figure") {
  const sys_days due{2026_y / 3 / 16};
  // Day 10: legal interest pro rata 37 cents; tiers [lower, upper) would give 5 % (10 €); flat 6.67 %.
  auto r = compute(20000, 0, due, 10);
  REQUIRE(reading(r, ReadingId::tier_bounds));
  CHECK(reading(r, ReadingId::tier_bounds)->cents == 37);
  CHECK(reading(r, ReadingId::tier_bounds)->alternative_cents == 1000);
  REQUIRE(reading(r, ReadingId::interest_pro_rata));
  CHECK(reading(r, ReadingId::interest_pro_rata)->alternative_cents == 1334);
  CHECK_FALSE(reading(r, ReadingId::started_months));
  CHECK_FALSE(reading(r, ReadingId::cap_on_price));
  CHECK(r.prudent_cents == 37);

  // Day 91: started periods 55 %, completed 50 %: the prudent figure is the 50 %.
  r = compute(20000, 0, due, 91);
  CHECK(r.increase.total == 11000);
  REQUIRE(reading(r, ReadingId::started_months));
  CHECK(reading(r, ReadingId::started_months)->alternative_cents == 10000);
  CHECK(reading(r, ReadingId::tier_bounds)->alternative_cents == 11000);
  CHECK_FALSE(reading(r, ReadingId::interest_pro_rata));
  CHECK(r.prudent_cents == 10000);

  // Day 120: [lower, upper) would already count the second period (60 %).
  CHECK(reading(compute(20000, 0, due, 120), ReadingId::tier_bounds)->alternative_cents == 12000);

  // Capped, with delivery: the cap on the sums due (delivery included) is the alternative.
  r = compute(124990, 990, sys_days{2026_y / 4 / 16}, 430, false);
  CHECK(r.increase.total == 126578);
  REQUIRE(reading(r, ReadingId::cap_on_price));
  CHECK(reading(r, ReadingId::cap_on_price)->alternative_cents == 127568);
  CHECK(reading(r, ReadingId::started_months)->alternative_cents == 125911);
  CHECK(reading(r, ReadingId::interest_pro_rata)->alternative_cents == 124990 + 8403);  // 125980 × 6.67 %
  CHECK(r.prudent_cents == 125911);
}

TEST_CASE("An uncertain holiday: the safe due date, and the later one as an alternative") {
  // Alsace-Moselle, due on Good Friday 3 April 2026 (safe) or Tuesday 7 April (latest); refunded
  // 14 April: 11 days late (5 %) or 7 days (legal interest).
  const auto r = compute(20000, 0, sys_days{2026_y / 4 / 3}, 11, true, std::nullopt, sys_days{2026_y / 4 / 7});
  CHECK(r.increase.total == 1000);
  REQUIRE(reading(r, ReadingId::due_safe_date));
  CHECK(reading(r, ReadingId::due_safe_date)->alternative_cents == 26);  // 20000 × 6.67 % × 7 / 365 = 25.58
  CHECK(r.prudent_cents == 26);
}

TEST_CASE("Not refunded yet: the next tier, its date and its figure") {
  const sys_days due{2026_y / 3 / 16};
  auto r = compute(20000, 0, due, 5, false);
  REQUIRE(r.next);
  CHECK(r.next->day == 11);
  CHECK(r.next->date == sys_days{2026_y / 3 / 27});
  CHECK(r.next->cents == 1000);
  CHECK(r.next->tier.percent == 5);

  r = compute(20000, 0, due, 0, false);
  REQUIRE(r.next);
  CHECK(r.next->day == 1);
  CHECK(r.next->tier.kind == TierKind::legal_interest);

  r = compute(20000, 0, due, 100, false);
  CHECK(r.next->day == 121);
  CHECK(r.next->cents == 12000);

  r = compute(20000, 0, due, 340, false);
  CHECK(r.next->day == 361);
  CHECK(r.next->cap);
  CHECK(r.next->cents == 20000);

  CHECK_FALSE(compute(20000, 0, due, 5, true).next);  // refunded: nothing more runs
  CHECK_FALSE(compute(20000, 0, due, 400, false).next);  // capped: interest runs day by day
}

TEST_CASE("A missing half-year: the supplied rate, else the latest known with a warning step") {
  const sys_days due{2026_y / 6 / 25};
  auto r = compute(100'000'000, 0, due, 10);
  CHECK(r.increase.total == 182740);
  CHECK(r.nearest_rate_used);
  CHECK(dc::missing_half_years_text(r.rates_missing) == "2026-S2");
  CHECK(std::any_of(r.steps.begin(), r.steps.end(), [](const dc::Step& s) {
    return s.article == dc::art::cmf_L313_2 && s.text.find("ATTENTION") != std::string::npos;
  }));

  r = compute(100'000'000, 0, due, 10, true, 700);
  CHECK(r.increase.total == 187260);
  CHECK(r.supplied_rate_used);
  CHECK_FALSE(r.nearest_rate_used);

  r = compute(100'000'000, 0, sys_days{2026_y / 3 / 16}, 10, true, 700);
  CHECK_FALSE(r.supplied_rate_used);
  CHECK(r.rates_missing.empty());
}

TEST_CASE("Steps cite L221-24, L242-4, CMF L313-2 and warn against L241-4") {
  const auto r = compute(20000, 1000, sys_days{2025_y / 6 / 25}, 10);
  auto has = [&r](const dc::ArticleRef& a) {
    return std::any_of(r.steps.begin(), r.steps.end(), [&a](const dc::Step& s) { return s.article == a; });
  };
  CHECK(has(dc::art::L221_24));
  CHECK(has(dc::art::L242_4));
  CHECK(has(dc::art::cmf_L313_2));
  CHECK(has(dc::art::L241_4));
  CHECK(r.steps.front().text.find("210,00") != std::string::npos);
}
