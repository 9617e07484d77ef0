#include <catch2/catch.hpp>
#include "calendar/easter.hpp"

using namespace date::literals;

TEST_CASE("Easter Sunday for known years") {
  // Dates of Easter Sunday (Gregorian), as published in church calendars.
  const std::pair<int, date::year_month_day> known[] = {
      {1583, 1583_y / 4 / 10}, {1818, 1818_y / 3 / 22}, {1943, 1943_y / 4 / 25}, {2000, 2000_y / 4 / 23},
      {2008, 2008_y / 3 / 23}, {2011, 2011_y / 4 / 24}, {2019, 2019_y / 4 / 21}, {2024, 2024_y / 3 / 31},
      {2025, 2025_y / 4 / 20}, {2026, 2026_y / 4 / 5},  {2027, 2027_y / 3 / 28}, {2028, 2028_y / 4 / 16},
      {2038, 2038_y / 4 / 25}, {2285, 2285_y / 3 / 22},
  };
  for (const auto& [y, expected] : known) {
    INFO(y);
    CHECK(dc::easter_sunday(date::year{y}) == date::sys_days{expected});
  }
}

TEST_CASE("Easter is always a Sunday between 22 March and 25 April") {
  for (int y = 1583; y <= 9998; ++y) {
    const auto e = dc::easter_sunday(date::year{y});
    REQUIRE(date::weekday{e} == date::Sunday);
    REQUIRE(e >= date::sys_days{date::year{y} / 3 / 22});
    REQUIRE(e <= date::sys_days{date::year{y} / 4 / 25});
  }
}
