#include <catch2/catch.hpp>
#include <algorithm>
#include "rules/hidden_defect.hpp"

using namespace date::literals;
using date::sys_days;
using dc::HiddenDefectFact;
using dc::HiddenDefectInput;
using dc::Lang;

namespace {

HiddenDefectInput input(sys_days sale, sys_days discovered, sys_days today) {
  HiddenDefectInput in;
  in.sale = sale;
  in.discovered = discovered;
  in.seller_knew = false;
  in.today = today;
  return in;
}

}  // namespace

TEST_CASE("2 years from discovery (C. civ. 1648)") {
  const auto r = dc::hidden_defect(input(sys_days{2024_y / 3 / 10}, sys_days{2025_y / 1 / 20}, sys_days{2025_y / 2 / 1}), Lang::fr);
  CHECK(*r.deadline == sys_days{2027_y / 1 / 20});
  CHECK(!r.capped);
  CHECK(*r.from_today.days_left == 718);
  CHECK(r.missing.empty());
}

TEST_CASE("The 20-year cap from the sale (C. civ. 2232): the day before, the day of, the day after") {
  const sys_days sale{2010_y / 5 / 31}, today{2029_y / 4 / 1};
  auto r = dc::hidden_defect(input(sale, sys_days{2028_y / 5 / 30}, today), Lang::fr);
  CHECK(*r.deadline == sys_days{2030_y / 5 / 30});
  CHECK(!r.capped);
  r = dc::hidden_defect(input(sale, sys_days{2028_y / 5 / 31}, today), Lang::fr);
  CHECK(*r.deadline == sys_days{2030_y / 5 / 31});
  CHECK(!r.capped);
  r = dc::hidden_defect(input(sale, sys_days{2028_y / 6 / 1}, today), Lang::fr);
  CHECK(*r.deadline == sys_days{2030_y / 5 / 31});
  CHECK(r.capped);
  CHECK(r.steps.back().article == dc::art::civ_1645);  // seller_knew given: damages come last
  // Discovered after the 20 years: already closed.
  r = dc::hidden_defect(input(sale, sys_days{2030_y / 6 / 2}, sys_days{2030_y / 6 / 3}), Lang::fr);
  CHECK(r.capped);
  CHECK(r.from_today.status == dc::TermStatus::closed);
}

TEST_CASE("20 years after 29 February 2080 is 28 February 2100 (not a leap year)") {
  const auto r = dc::hidden_defect(input(sys_days{2080_y / 2 / 29}, sys_days{2098_y / 6 / 1}, sys_days{2099_y / 1 / 1}), Lang::en);
  CHECK(*r.twenty_years_from_sale == sys_days{2100_y / 2 / 28});
  CHECK(r.capped);
}

TEST_CASE("Damages when the seller knew (C. civ. 1645), unknown stays unknown") {
  auto in = input(sys_days{2024_y / 3 / 10}, sys_days{2025_y / 1 / 20}, sys_days{2025_y / 2 / 1});
  in.seller_knew = true;
  CHECK(*dc::hidden_defect(in, Lang::fr).damages);
  in.seller_knew = false;
  CHECK(!*dc::hidden_defect(in, Lang::fr).damages);
  in.seller_knew = std::nullopt;
  const auto r = dc::hidden_defect(in, Lang::fr);
  CHECK(!r.damages);
  CHECK(r.missing == std::vector<HiddenDefectFact>{HiddenDefectFact::seller_knew});
}

TEST_CASE("Without the sale, no deadline is given: the cap could come first") {
  HiddenDefectInput in;
  in.discovered = sys_days{2024_y / 3 / 10};
  in.today = sys_days{2025_y / 4 / 1};
  const auto r = dc::hidden_defect(in, Lang::fr);
  CHECK(!r.deadline);
  CHECK(*r.two_years_from_discovery == sys_days{2026_y / 3 / 10});
  CHECK(r.from_today.status == dc::TermStatus::cannot_tell);
  CHECK(r.missing == std::vector<HiddenDefectFact>{HiddenDefectFact::sale, HiddenDefectFact::seller_knew});
}

TEST_CASE("Hidden defects: the steps cite 1641, 1644, 1648, the information 2224 and L218-2") {
  const auto r = dc::hidden_defect(input(sys_days{2024_y / 3 / 10}, sys_days{2025_y / 1 / 20}, sys_days{2025_y / 2 / 1}), Lang::en);
  std::vector<std::string> labels;
  for (const auto& s : r.steps) labels.emplace_back(s.article.label);
  CHECK(labels.front() == "C. civ. 1641");
  CHECK(std::find(labels.begin(), labels.end(), "C. civ. 1648") != labels.end());
  CHECK(std::find(labels.begin(), labels.end(), "C. civ. 1644") != labels.end());
  std::vector<std::string> info;
  for (const auto& s : r.information) info.emplace_back(s.article.label);
  CHECK(info == std::vector<std::string>{"L217-3", "C. civ. 2224", "L218-2"});
}
