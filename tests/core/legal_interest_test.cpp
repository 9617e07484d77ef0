#include <catch2/catch.hpp>
#include "rules/legal_interest.hpp"

using namespace date::literals;
using date::days;
using date::sys_days;

namespace {
dc::InterestResult interest(dc::Cents sum, sys_days after, int n, std::optional<int> supplied = std::nullopt) {
  auto r = dc::legal_interest(sum, after, after + days{n}, supplied);
  REQUIRE(r);
  return *r;
}
}  // namespace

TEST_CASE("Interest within one half-year: sum × rate × days / 365") {
  // 200 € for 10 days at 6.67 %: 20000 × 0.0667 × 10 / 365 = 36.55 cents -> 37.
  const auto r = interest(20000, sys_days{2026_y / 3 / 16}, 10);
  CHECK(r.cents == 37);
  REQUIRE(r.segments.size() == 1);
  CHECK(r.segments[0].first == sys_days{2026_y / 3 / 17});
  CHECK(r.segments[0].last == sys_days{2026_y / 3 / 26});
  CHECK(r.segments[0].days == 10);
  CHECK(r.segments[0].leap_year_days == 0);
  CHECK(r.segments[0].rate.consumer == 667);
  CHECK(interest(20000, sys_days{2026_y / 3 / 16}, 0).cents == 0);
  CHECK(interest(20000, sys_days{2026_y / 3 / 16}, 0).segments.empty());
  CHECK(interest(20000, sys_days{2026_y / 3 / 16}, 1).cents == 4);  // 3.65 -> 4
}

TEST_CASE("Interest across two half-years: each day at its own rate") {
  // 210 € from 26 June to 5 July 2025: 5 days at 7.21 %, 5 days at 6.65 %: 39.87 cents -> 40.
  const auto r = interest(21000, sys_days{2025_y / 6 / 25}, 10);
  CHECK(r.cents == 40);
  REQUIRE(r.segments.size() == 2);
  CHECK(r.segments[0].days == 5);
  CHECK(r.segments[0].rate.consumer == 721);
  CHECK(r.segments[1].first == sys_days{2025_y / 7 / 1});
  CHECK(r.segments[1].days == 5);
  CHECK(r.segments[1].rate.consumer == 665);
}

TEST_CASE("Interest across a new year into a leap year: 365 then 366 days") {
  // 1,000,000 € from 27 December 2023 to 5 January 2024: 5 days at 6.82 % / 365 and 5 days at
  // 8.01 % / 366 = 93,424.66 + 109,426.23 cents = 202,850.89 -> 202,851.
  const auto r = interest(100'000'000, sys_days{2023_y / 12 / 26}, 10);
  CHECK(r.cents == 202851);
  REQUIRE(r.segments.size() == 2);
  CHECK(r.segments[0].leap_year_days == 0);
  CHECK(r.segments[1].leap_year_days == 5);
}

TEST_CASE("Interest over 29 February of a leap year") {
  // 26 February to 6 March 2024, 10 days at 8.01 % / 366: 218,852.46 cents -> 218,852.
  const auto r = interest(100'000'000, sys_days{2024_y / 2 / 25}, 10);
  CHECK(r.cents == 218852);
  CHECK(r.segments.size() == 1);
  CHECK(r.segments[0].leap_year_days == 10);
}

namespace {
std::string missing_text(const std::vector<dc::RateSegment>& segments) {
  std::vector<dc::MissingSpan> spans;
  dc::add_missing_spans(segments, spans);
  return dc::missing_half_years_text(spans);
}
}  // namespace

TEST_CASE("A half-year the table lacks: supplied rate, else the latest known, and it shows") {
  // 1,000,000 €, 26 June to 5 July 2026: 5 days at 6.67 % (2026-S1), 5 days in 2026-S2.
  const auto latest = interest(100'000'000, sys_days{2026_y / 6 / 25}, 10);
  CHECK(latest.cents == 182740);  // 10 days at 6.67 % / 365
  REQUIRE(latest.segments.size() == 2);
  CHECK(latest.segments[1].rate.origin == dc::RateOrigin::nearest_known);
  CHECK(missing_text(latest.segments) == "2026-S2");

  const auto supplied = interest(100'000'000, sys_days{2026_y / 6 / 25}, 10, 700);
  CHECK(supplied.cents == 187260);  // 5 days at 6.67 %, 5 at 7.00 %
  CHECK(supplied.segments[1].rate.origin == dc::RateOrigin::supplied);
  CHECK(missing_text(supplied.segments) == "2026-S2");

  // Years beyond the table: one span, one segment, leap days counted apart.
  const auto years = interest(100, sys_days{2026_y / 6 / 30}, 800);
  CHECK(missing_text(years.segments) == "2026-S2 \xE2\x80\x93 2028-S2");
  REQUIRE(years.segments.size() == 1);
  CHECK(years.segments[0].days == 800);
  CHECK(years.segments[0].last == sys_days{2028_y / 9 / 7});
  CHECK(years.segments[0].leap_year_days == 251);  // 1 January to 7 September 2028

  // Spans merge when they touch, stay apart otherwise, and stay in order.
  std::vector<dc::MissingSpan> spans;
  const dc::DayRate none{700, dc::RateOrigin::supplied, nullptr};
  dc::add_missing_spans({{sys_days{2027_y / 1 / 1}, sys_days{2027_y / 1 / 10}, 10, 0, none}}, spans);
  dc::add_missing_spans({{sys_days{2026_y / 7 / 1}, sys_days{2026_y / 7 / 5}, 5, 0, none}}, spans);
  dc::add_missing_spans({{sys_days{2026_y / 7 / 6}, sys_days{2026_y / 12 / 31}, 179, 0, none}}, spans);
  REQUIRE(spans.size() == 1);
  CHECK(spans[0].first == sys_days{2026_y / 7 / 1});
  CHECK(spans[0].last == sys_days{2027_y / 1 / 10});
  dc::add_missing_spans({{sys_days{2014_y / 12 / 1}, sys_days{2014_y / 12 / 31}, 31, 0, none}}, spans);
  CHECK(dc::missing_half_years_text(spans) == "2014-S2, 2026-S2 \xE2\x80\x93 2027-S1");
}

TEST_CASE("Interest over the widest span accepted stays exact and quick") {
  // 2,000,000,000 € from 2015 to 9998: about 2.9 million days, few segments.
  const auto r = dc::legal_interest(200'000'000'000, sys_days{2015_y / 1 / 1}, sys_days{9998_y / 12 / 31}, std::nullopt);
  REQUIRE(r);
  CHECK(r->segments.size() == dc::legal_rate_table().size() + 1);
  CHECK(r->cents > 0);
}

TEST_CASE("The flat alternative: sum × rate, once") {
  CHECK(dc::flat_legal_interest(20000, 667) == 1334);
  CHECK(dc::flat_legal_interest(1, 667) == 0);
  CHECK(dc::flat_legal_interest(15, 667) == 1);  // 1.0005
}

TEST_CASE("Steps name each segment's rate, its arrêté, and the article") {
  const auto r = interest(21000, sys_days{2025_y / 6 / 25}, 10);
  const auto steps = dc::explain_rate_segments(r.segments, dc::Lang::fr);
  REQUIRE(steps.size() == 2);
  CHECK(steps[0].article == dc::art::cmf_L313_2);
  CHECK(steps[0].text.find("7,21") != std::string::npos);
  CHECK(steps[0].text.find("17 d\xC3\xA9" "cembre 2024") != std::string::npos);
  CHECK(steps[1].text.find("6,65") != std::string::npos);
  const auto warned = dc::explain_rate_segments(interest(100, sys_days{2026_y / 6 / 30}, 3).segments, dc::Lang::en);
  CHECK(warned[0].text.find("WARNING") != std::string::npos);
}
