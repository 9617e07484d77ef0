#include <catch2/catch.hpp>
#include <array>
#include <string>
#include "rules/legal_interest_rate.hpp"

using namespace date::literals;
using date::days;
using date::sys_days;

TEST_CASE("The rate table covers every day from 1 January 2015, without gap or overlap") {
  const auto table = dc::legal_rate_table();
  REQUIRE(table.size() >= 23);
  CHECK(table.front().from == sys_days{2015_y / 1 / 1});
  for (std::size_t i = 0; i < table.size(); ++i) {
    const auto& h = table[i];
    INFO(std::string(h.half_year));
    const date::year_month_day from{h.from}, to{h.to};
    // Each entry is one calendar half-year: 1 January to 30 June, or 1 July to 31 December.
    CHECK(from.year() == to.year());
    CHECK(((from.month() == date::January && to == from.year() / date::June / 30) ||
           (from.month() == date::July && to == from.year() / date::December / 31)));
    CHECK(from.day() == 1_d);
    CHECK(std::string(h.half_year) == dc::half_year_name(h.from));
    if (i > 0) CHECK(h.from == table[i - 1].to + days{1});  // no gap, no overlap
  }
  // The sweep: every day of the table's span belongs to exactly one half-year.
  for (sys_days d = table.front().from; d <= table.back().to; d += days{1}) {
    int count = 0;
    for (const auto& h : table) count += (h.from <= d && d <= h.to) ? 1 : 0;
    REQUIRE(count == 1);
    REQUIRE(dc::legal_rate_half_year(d) != nullptr);
  }
  CHECK(dc::legal_rate_half_year(table.front().from - days{1}) == nullptr);
  CHECK(dc::legal_rate_half_year(table.back().to + days{1}) == nullptr);
}

TEST_CASE("Every rate is within sane bounds, and the consumer rate is above the other one") {
  for (const auto& h : dc::legal_rate_table()) {
    INFO(std::string(h.half_year));
    CHECK(h.consumer > 0);
    CHECK(h.consumer < 2000);  // below 20 %
    CHECK(h.other > 0);
    CHECK(h.other < h.consumer);
    CHECK_FALSE(h.arrete.empty());
    CHECK(h.arrete.substr(0, 6) == "arr\xC3\xAAt");  // "arrêté …"
  }
}

TEST_CASE("The table holds the values of rules.md section 7") {
  // Transcribed from rules.md, not from the CSV: 2015 S1 to 2026 S1, consumer then other creditors.
  constexpr std::array<int, 23> kConsumer{406, 429, 454, 435, 416, 394, 373, 360, 340, 326, 315, 311,
                                          314, 312, 313, 315, 447, 682, 801, 816, 721, 665, 667};
  constexpr std::array<int, 23> kOther{93, 99, 101, 93, 90, 90, 89, 88, 86, 87, 87, 84,
                                       79, 76, 76, 77, 206, 422, 507, 492, 371, 276, 262};
  const auto table = dc::legal_rate_table();
  REQUIRE(table.size() >= kConsumer.size());
  for (std::size_t i = 0; i < kConsumer.size(); ++i) {
    INFO(std::string(table[i].half_year));
    CHECK(table[i].consumer == kConsumer[i]);
    CHECK(table[i].other == kOther[i]);
  }
  CHECK(table[22].half_year == "2026-S1");
  CHECK(table[22].arrete.find("15 d\xC3\xA9" "cembre 2025") != std::string_view::npos);
}

TEST_CASE("A day the table lacks: the supplied rate, else the nearest known one, never silently") {
  const auto in_table = dc::consumer_rate_on(sys_days{2025_y / 7 / 1}, std::nullopt);
  CHECK(in_table.consumer == 665);
  CHECK(in_table.origin == dc::RateOrigin::table);
  CHECK(in_table.known->half_year == "2025-S2");
  // The table wins over a supplied rate.
  CHECK(dc::consumer_rate_on(sys_days{2025_y / 7 / 1}, 700).consumer == 665);

  const auto supplied = dc::consumer_rate_on(sys_days{2026_y / 7 / 1}, 700);
  CHECK(supplied.consumer == 700);
  CHECK(supplied.origin == dc::RateOrigin::supplied);
  CHECK(supplied.known == nullptr);

  const auto latest = dc::consumer_rate_on(sys_days{2026_y / 7 / 1}, std::nullopt);
  CHECK(latest.origin == dc::RateOrigin::nearest_known);
  CHECK(latest.known == &dc::legal_rate_table().back());

  const auto before = dc::consumer_rate_on(sys_days{2014_y / 12 / 31}, std::nullopt);
  CHECK(before.origin == dc::RateOrigin::nearest_known);
  CHECK(before.known == &dc::legal_rate_table().front());
}

TEST_CASE("Half-years are named") {
  CHECK(dc::half_year_name(sys_days{2026_y / 6 / 30}) == "2026-S1");
  CHECK(dc::half_year_name(sys_days{2026_y / 7 / 1}) == "2026-S2");
  CHECK(dc::half_year_words(sys_days{2026_y / 7 / 1}, dc::Lang::fr) == "2e semestre 2026");
  CHECK(dc::half_year_words(sys_days{2026_y / 1 / 1}, dc::Lang::en) == "first half of 2026");
}
