#include <catch2/catch.hpp>
#include <vector>
#include "rules/conformity_period.hpp"

using namespace date::literals;
using date::sys_days;
using dc::Intervention;
using dc::Lang;
using dc::RepairExtension;

namespace {

const sys_days kDelivered{2025_y / 1 / 15};

Intervention repair(sys_days from, std::optional<sys_days> returned) {
  return {Intervention::Kind::repair, from, returned, std::nullopt};
}

Intervention replacement(sys_days from, sys_days returned, std::optional<bool> after_repair_not_done) {
  return {Intervention::Kind::replacement, from, returned, after_repair_not_done};
}

dc::GuaranteeWindow window(const std::vector<Intervention>& h, RepairExtension reading = RepairExtension::once) {
  return dc::goods_window_2022(kDelivered, h, reading, Lang::fr);
}

bool cites(const dc::Steps& steps, const dc::ArticleRef& a) {
  for (const auto& s : steps)
    if (s.article == a) return true;
  return false;
}

}  // namespace

TEST_CASE("2 years from delivery, no history") {
  const auto w = window({});
  CHECK(*w.until == sys_days{2027_y / 1 / 15});
  CHECK(w.steps.front().article == dc::art::L217_3);
}

TEST_CASE("Immobilisation suspends: the days between handing over and handing back are added") {
  // 1 to 11 March: 10 days; then the 6 months of L217-13.
  const auto w = window({repair(sys_days{2025_y / 3 / 1}, sys_days{2025_y / 3 / 11})});
  CHECK(*w.until == sys_days{2027_y / 7 / 25});
  CHECK(cites(w.steps, dc::art::D211_2_annex));
  CHECK(cites(w.steps, dc::art::L217_13));
  // Handed back the same day: no suspension, only the 6 months.
  CHECK(*window({repair(sys_days{2025_y / 3 / 1}, sys_days{2025_y / 3 / 1})}).until == sys_days{2027_y / 7 / 15});
}

TEST_CASE("Two repairs: the 6 months once (the reading), or after each (the alternative)") {
  const std::vector<Intervention> h{repair(sys_days{2025_y / 3 / 1}, sys_days{2025_y / 3 / 11}),
                                    repair(sys_days{2025_y / 9 / 1}, sys_days{2025_y / 9 / 4})};
  CHECK(*window(h).until == sys_days{2027_y / 7 / 28});
  CHECK(*window(h, RepairExtension::each_repair).until == sys_days{2028_y / 1 / 28});
}

TEST_CASE("A replacement after a repair left undone starts a new 2 years from its delivery") {
  const auto w = window({replacement(sys_days{2025_y / 3 / 1}, sys_days{2025_y / 3 / 20}, true)});
  CHECK(*w.until == sys_days{2027_y / 3 / 20});
  CHECK(*w.restarted_on == sys_days{2025_y / 3 / 20});
  // A later repair of the replacement goods extends the new guarantee again.
  const auto later = window({repair(sys_days{2025_y / 2 / 1}, sys_days{2025_y / 2 / 1}),
                             replacement(sys_days{2025_y / 3 / 1}, sys_days{2025_y / 3 / 20}, true),
                             repair(sys_days{2025_y / 6 / 1}, sys_days{2025_y / 6 / 5})});
  CHECK(*later.until == sys_days{2027_y / 9 / 24});  // 20 Mar 2027 + 4 days + 6 months
}

TEST_CASE("A replacement chosen directly only suspends") {
  const auto w = window({replacement(sys_days{2025_y / 3 / 1}, sys_days{2025_y / 3 / 20}, false)});
  CHECK(*w.until == sys_days{2027_y / 2 / 3});
  CHECK(!w.restarted_on);
}

TEST_CASE("A replacement without the fact that decides it: the end is not guessed") {
  const auto w = window({repair(sys_days{2025_y / 2 / 1}, sys_days{2025_y / 2 / 3}),
                         replacement(sys_days{2025_y / 3 / 1}, sys_days{2025_y / 3 / 20}, std::nullopt)});
  CHECK(!w.until);
  CHECK(*w.missing_after_repair_not_done == 1);
}

TEST_CASE("Goods not handed back yet: suspended, with what will remain") {
  const auto w = window({repair(sys_days{2025_y / 3 / 1}, std::nullopt)});
  CHECK(!w.until);
  CHECK(*w.suspended_since == sys_days{2025_y / 3 / 1});
  CHECK(*w.days_left_at_suspension == 685);  // 1 March 2025 to 15 January 2027
}

TEST_CASE("An immobilisation after the end neither suspends nor extends, on the last day it does") {
  const auto after = window({repair(sys_days{2027_y / 1 / 16}, sys_days{2027_y / 1 / 20})});
  CHECK(*after.until == sys_days{2027_y / 1 / 15});
  const auto last = window({repair(sys_days{2027_y / 1 / 15}, sys_days{2027_y / 1 / 20})});
  CHECK(*last.until == sys_days{2027_y / 7 / 20});
}

TEST_CASE("Month ends: 31 August + 24 months + 6 months = 28 February") {
  const auto w = dc::goods_window_2022(sys_days{2023_y / 8 / 31}, std::vector<Intervention>{repair(sys_days{2024_y / 1 / 10}, sys_days{2024_y / 1 / 10})},
                                       RepairExtension::once, Lang::en);
  CHECK(*w.until == sys_days{2026_y / 2 / 28});
  bool named = false;
  for (const auto& s : w.steps) named = named || (s.article == dc::art::cpc_641);
  CHECK(named);
}
