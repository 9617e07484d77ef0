#include <catch2/catch.hpp>
#include "rules/civil_period.hpp"

using namespace date::literals;
using date::sys_days;
using dc::Lang;
using dc::TermStatus;

TEST_CASE("Where today stands: the last day itself is open with 0 days left") {
  const sys_days last{2026_y / 3 / 10};
  auto t = dc::term_from_today(last, sys_days{2026_y / 3 / 1});
  CHECK(t.status == TermStatus::open);
  CHECK(*t.days_left == 9);
  t = dc::term_from_today(last, last);
  CHECK(t.status == TermStatus::open);
  CHECK(*t.days_left == 0);
  t = dc::term_from_today(last, last + date::days{1});
  CHECK(t.status == TermStatus::closed);
  CHECK(!t.days_left);
  CHECK(dc::term_from_today(std::nullopt, last).status == TermStatus::cannot_tell);
}

TEST_CASE("The month-end reading is named only where the start day does not exist") {
  const auto step = dc::explain_month_end(sys_days{2024_y / 2 / 29}, 24, Lang::fr);
  REQUIRE(step);
  CHECK(step->article == dc::art::cpc_641);
  CHECK(step->text.find("samedi 28 février 2026") != std::string::npos);
  CHECK(dc::explain_month_end(sys_days{2023_y / 8 / 31}, 6, Lang::en)->text.find("Thursday 29 February 2024") !=
        std::string::npos);
  CHECK(!dc::explain_month_end(sys_days{2024_y / 2 / 29}, 48, Lang::fr));  // 2028 is a leap year
  CHECK(!dc::explain_month_end(sys_days{2025_y / 1 / 15}, 24, Lang::fr));
  CHECK(!dc::explain_month_end(sys_days{2025_y / 1 / 28}, 1, Lang::fr));
}

TEST_CASE("No roll: the step keeps the date and shows the later one a move would give") {
  // Saturday 28 February 2026: without a territory, only the weekend is known.
  const auto sat = dc::explain_no_roll(sys_days{2026_y / 2 / 28}, dc::art::civ_1648, std::nullopt, Lang::fr);
  CHECK(sat.article == dc::art::civ_1648);
  CHECK(sat.text.find("lundi 2 mars 2026") != std::string::npos);
  // Friday 1 May 2026 is a holiday: only known with a territory.
  const auto may = dc::explain_no_roll(sys_days{2026_y / 5 / 1}, dc::art::L217_3, dc::Territory::metropole, Lang::en);
  CHECK(may.text.find("Monday 4 May 2026") != std::string::npos);
  const auto unknown = dc::explain_no_roll(sys_days{2026_y / 5 / 1}, dc::art::L217_3, std::nullopt, Lang::en);
  CHECK(unknown.text.find("public holidays were not checked") != std::string::npos);
  const auto plain = dc::explain_no_roll(sys_days{2026_y / 5 / 5}, dc::art::L217_3, dc::Territory::metropole, Lang::en);
  CHECK(plain.text.find("a move would give") == std::string::npos);
  CHECK(plain.text.find("not checked") == std::string::npos);
}

TEST_CASE("Other claims: 5 years (C. civ. 2224) and the professional's 2 years (L218-2)") {
  const auto info = dc::other_claims_information(Lang::fr);
  REQUIRE(info.size() == 2);
  CHECK(info[0].article == dc::art::civ_2224);
  CHECK(info[0].text.find("5 ans") != std::string::npos);
  CHECK(info[1].article == dc::art::L218_2);
  CHECK(info[1].text.find("2 ans") != std::string::npos);
}
