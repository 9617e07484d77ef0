#include <catch2/catch.hpp>
#include <set>
#include "calendar/iso_date.hpp"
#include "calendar/public_holidays.hpp"

using namespace date::literals;
using dc::Territory;

namespace {

// "certain" dates and uncertain dates of a territory and year, as ISO strings.
std::pair<std::set<std::string>, std::set<std::string>> dates(Territory t, int y) {
  std::set<std::string> certain, uncertain;
  for (const auto& h : dc::public_holidays(t, date::year{y})) (h.certain ? certain : uncertain).insert(dc::iso_date(h.day));
  return {certain, uncertain};
}

const std::set<std::string> kNational2026 = {"2026-01-01", "2026-04-06", "2026-05-01", "2026-05-08",
                                             "2026-05-14", "2026-05-25", "2026-07-14", "2026-08-15",
                                             "2026-11-01", "2026-11-11", "2026-12-25"};

std::set<std::string> plus(std::set<std::string> s, std::initializer_list<std::string> more) {
  s.insert(more);
  return s;
}

}  // namespace

TEST_CASE("Metropolitan France 2026: the eleven national holidays, hand-checked") {
  const auto [certain, uncertain] = dates(Territory::metropole, 2026);
  CHECK(certain == kNational2026);
  CHECK(uncertain.empty());
}

TEST_CASE("Metropolitan France 2025 and 2027, hand-checked") {
  CHECK(dates(Territory::metropole, 2025).first ==
        std::set<std::string>{"2025-01-01", "2025-04-21", "2025-05-01", "2025-05-08", "2025-05-29", "2025-06-09",
                              "2025-07-14", "2025-08-15", "2025-11-01", "2025-11-11", "2025-12-25"});
  CHECK(dates(Territory::metropole, 2027).first ==
        std::set<std::string>{"2027-01-01", "2027-03-29", "2027-05-01", "2027-05-08", "2027-05-06", "2027-05-17",
                              "2027-07-14", "2027-08-15", "2027-11-01", "2027-11-11", "2027-12-25"});
}

TEST_CASE("Overseas and Alsace-Moselle 2026, hand-checked") {
  SECTION("Alsace-Moselle: 26 December certain, Good Friday uncertain") {
    const auto [certain, uncertain] = dates(Territory::alsace_moselle, 2026);
    CHECK(certain == plus(kNational2026, {"2026-12-26"}));
    CHECK(uncertain == std::set<std::string>{"2026-04-03"});
  }
  SECTION("Guadeloupe: 27 May; customary Good Friday and 21 July uncertain") {
    const auto [certain, uncertain] = dates(Territory::guadeloupe, 2026);
    CHECK(certain == plus(kNational2026, {"2026-05-27"}));
    CHECK(uncertain == std::set<std::string>{"2026-04-03", "2026-07-21"});
  }
  SECTION("Martinique: 22 May") {
    const auto [certain, uncertain] = dates(Territory::martinique, 2026);
    CHECK(certain == plus(kNational2026, {"2026-05-22"}));
    CHECK(uncertain == std::set<std::string>{"2026-04-03", "2026-07-21"});
  }
  SECTION("Guyane: 10 June; customary Good Friday") {
    const auto [certain, uncertain] = dates(Territory::guyane, 2026);
    CHECK(certain == plus(kNational2026, {"2026-06-10"}));
    CHECK(uncertain == std::set<std::string>{"2026-04-03"});
  }
  SECTION("La Réunion: 20 December") {
    CHECK(dates(Territory::la_reunion, 2026).first == plus(kNational2026, {"2026-12-20"}));
    CHECK(dates(Territory::la_reunion, 2026).second.empty());
  }
  SECTION("Mayotte: 27 April") {
    CHECK(dates(Territory::mayotte, 2026).first == plus(kNational2026, {"2026-04-27"}));
  }
  SECTION("Saint-Barthélemy: 9 October") {
    CHECK(dates(Territory::saint_barthelemy, 2026).first == plus(kNational2026, {"2026-10-09"}));
  }
  SECTION("Saint-Martin: 27 May certain, 28 May uncertain") {
    const auto [certain, uncertain] = dates(Territory::saint_martin, 2026);
    CHECK(certain == plus(kNational2026, {"2026-05-27"}));
    CHECK(uncertain == std::set<std::string>{"2026-05-28"});
  }
}

TEST_CASE("Holiday lists are sorted and each has a cited source") {
  for (const auto t : dc::all_territories())
    for (int y = 2014; y <= 2040; ++y) {
      const auto list = dc::public_holidays(t, date::year{y});
      for (std::size_t i = 1; i < list.size(); ++i) REQUIRE(list[i - 1].day <= list[i].day);
      for (const auto& h : list) {
        REQUIRE(!h.source.label.empty());
        REQUIRE(h.source.url.substr(0, 8) == "https://");
        REQUIRE(!dc::holiday_name(h.kind, dc::Lang::fr).empty());
        REQUIRE(!dc::holiday_name(h.kind, dc::Lang::en).empty());
        if (!h.certain) REQUIRE(!dc::holiday_condition(h, dc::Lang::fr).empty());
      }
    }
}

TEST_CASE("holiday_on prefers a certain holiday when two fall on one day") {
  // 2008: Ascension (1 May) falls on Labour Day.
  const auto list = dc::public_holidays(Territory::metropole, 2008_y);
  const auto h = dc::holiday_on(list, date::sys_days{2008_y / 5 / 1}, false);
  REQUIRE(h);
  CHECK(h->certain);
  CHECK_FALSE(dc::holiday_on(list, date::sys_days{2008_y / 5 / 2}, true));
}
