#include <catch2/catch.hpp>
#include "calendar/iso_date.hpp"
#include "csv_vectors.hpp"
#include "rules/period.hpp"

using namespace date::literals;
using date::days;
using date::sys_days;
using dc::Territory;

namespace {
sys_days iso(const std::string& s) { return *dc::read_iso_date(s).day; }
}  // namespace

TEST_CASE("periods.csv: every row of the spec's vectors") {
  for (const auto& row : dc::test::read_vectors("periods.csv")) {
    INFO(row.at("event") << " " << row.at("territory") << " — " << row.at("why"));
    const auto t = dc::territory_from_code(row.at("territory"));
    REQUIRE(t);
    const auto end = dc::days_after(iso(row.at("event")), 14, *t);
    CHECK(dc::iso_date(end.safe) == row.at("expected_end"));
    CHECK(end.latest >= end.safe);
  }
}

TEST_CASE("The seed 004 example is 28 January, not 27") {
  CHECK(dc::days_after(sys_days{2026_y / 1 / 14}, 14, Territory::metropole).safe == sys_days{2026_y / 1 / 28});
}

TEST_CASE("Every weekday as a nominal last day") {
  // 2026-06-01 is a Monday; the week of 1-7 June 2026 has no holiday in metropolitan France.
  for (int i = 0; i < 7; ++i) {
    const sys_days nominal = sys_days{2026_y / 6 / 1} + days{i};
    const auto end = dc::roll_past_closed_days(nominal, Territory::metropole);
    const date::weekday wd{nominal};
    INFO(dc::iso_date(nominal));
    if (wd == date::Saturday) CHECK(end.safe == nominal + days{2});
    else if (wd == date::Sunday) CHECK(end.safe == nominal + days{1});
    else CHECK(end.safe == nominal);
    CHECK(end.latest == end.safe);
  }
}

TEST_CASE("A Friday holiday rolls to Monday") {
  // 14 July 2028 is a Friday.
  const auto end = dc::roll_past_closed_days(sys_days{2028_y / 7 / 14}, Territory::metropole);
  CHECK(end.safe == sys_days{2028_y / 7 / 17});
  REQUIRE(end.skipped.size() == 3);
  CHECK(end.skipped[0].holiday);
  CHECK_FALSE(end.skipped[1].holiday);
}

TEST_CASE("Alsace-Moselle: 25 and 26 December push past a weekend") {
  // 25 December 2025 is a Thursday: Thu 25, Fri 26, Sat 27, Sun 28 -> Monday 29.
  CHECK(dc::roll_past_closed_days(sys_days{2025_y / 12 / 25}, Territory::alsace_moselle).safe == sys_days{2025_y / 12 / 29});
  CHECK(dc::roll_past_closed_days(sys_days{2025_y / 12 / 25}, Territory::metropole).safe == sys_days{2025_y / 12 / 26});
}

TEST_CASE("An uncertain holiday moves only the latest date") {
  // Good Friday 3 April 2026 in Alsace-Moselle; then Saturday, Sunday, Easter Monday.
  const auto end = dc::days_after(sys_days{2026_y / 3 / 20}, 14, Territory::alsace_moselle);
  CHECK(end.safe == sys_days{2026_y / 4 / 3});
  CHECK(end.latest == sys_days{2026_y / 4 / 7});
  const auto steps = dc::explain_roll(end, dc::Lang::fr);
  REQUIRE_FALSE(steps.empty());
  CHECK(steps.back().text.find("mardi 7 avril 2026") != std::string::npos);
  // Saint-Martin: 27 May (certain) then 28 May (customary). 2026-05-13 + 14 = Wednesday 27 May.
  const auto sm = dc::days_after(sys_days{2026_y / 5 / 13}, 14, Territory::saint_martin);
  CHECK(sm.safe == sys_days{2026_y / 5 / 28});
  CHECK(sm.latest == sys_days{2026_y / 5 / 29});
}

TEST_CASE("A roll across the new year") {
  // 31 December 2022 is a Saturday, 1 January 2023 a Sunday and a holiday -> Monday 2 January.
  CHECK(dc::roll_past_closed_days(sys_days{2022_y / 12 / 31}, Territory::metropole).safe == sys_days{2023_y / 1 / 2});
}

TEST_CASE("Month periods end on the same date or the month's last day") {
  CHECK(dc::same_date_months_later(sys_days{2024_y / 2 / 29}, 12) == sys_days{2025_y / 2 / 28});
  CHECK(dc::same_date_months_later(sys_days{2026_y / 1 / 31}, 1) == sys_days{2026_y / 2 / 28});
  CHECK(dc::same_date_months_later(sys_days{2027_y / 1 / 31}, 13) == sys_days{2028_y / 2 / 29});
  CHECK(dc::same_date_months_later(sys_days{2026_y / 1 / 26}, 12) == sys_days{2027_y / 1 / 26});
  CHECK(dc::months_after(sys_days{2025_y / 5 / 10}, 12, Territory::metropole).safe == sys_days{2026_y / 5 / 11});
}

TEST_CASE("Explanations cite an article with a link for every skipped day") {
  const auto end = dc::days_after(sys_days{2025_y / 4 / 17}, 14, Territory::metropole);  // 1 May 2025
  CHECK(end.safe == sys_days{2025_y / 5 / 2});
  const auto fr = dc::explain_roll(end, dc::Lang::fr);
  REQUIRE(fr.size() == 1);
  CHECK(fr[0].article.label == "C. trav. L3133-1");
  CHECK(fr[0].text.find("jeudi 1er mai 2025") != std::string::npos);
  const auto en = dc::explain_roll(end, dc::Lang::en);
  CHECK(en[0].text.find("Thursday 1 May 2025") != std::string::npos);
}
