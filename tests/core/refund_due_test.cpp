#include <catch2/catch.hpp>
#include "rules/refund_due.hpp"

using namespace date::literals;
using date::sys_days;
using dc::RefundDueFact;
using dc::RefundDueRule;
using dc::Territory;

namespace {
dc::RefundDueInput services(sys_days informed, Territory t = Territory::metropole) {
  return {informed, t, false, std::nullopt, std::nullopt, std::nullopt};
}
dc::RefundDueInput goods(sys_days informed, std::optional<bool> collects, std::optional<sys_days> back,
                         std::optional<sys_days> proof) {
  return {informed, Territory::metropole, true, collects, back, proof};
}
bool cites(const dc::Steps& steps, const dc::ArticleRef& a) {
  for (const auto& s : steps)
    if (s.article == a) return true;
  return false;
}
}  // namespace

TEST_CASE("Informed + 14 days, the day of information not counted") {
  const auto r = dc::refund_due_date(services(sys_days{2026_y / 3 / 2}), dc::Lang::fr);
  REQUIRE(r.known);
  CHECK(r.safe == sys_days{2026_y / 3 / 16});
  CHECK(r.latest == r.safe);
  CHECK(r.rule == RefundDueRule::informed_plus_14);
  CHECK(cites(r.steps, dc::art::L221_24));
  CHECK(cites(r.steps, dc::art::L221_19));
}

TEST_CASE("The 14th day rolls past weekends and holidays like every 14-day period") {
  // 7 March 2026 + 14 = Saturday 21 March -> Monday 23 March.
  CHECK(dc::refund_due_date(services(sys_days{2026_y / 3 / 7}), dc::Lang::fr).safe == sys_days{2026_y / 3 / 23});
  // 17 April 2026 + 14 = Friday 1 May (holiday), then the weekend -> Monday 4 May.
  CHECK(dc::refund_due_date(services(sys_days{2026_y / 4 / 17}), dc::Lang::fr).safe == sys_days{2026_y / 5 / 4});
  // Alsace-Moselle: 20 March 2026 + 14 = Good Friday 3 April, uncertain: safe date that day; the
  // latest runs past the weekend and Easter Monday to Tuesday 7 April.
  const auto am = dc::refund_due_date(services(sys_days{2026_y / 3 / 20}, Territory::alsace_moselle), dc::Lang::fr);
  CHECK(am.safe == sys_days{2026_y / 4 / 3});
  CHECK(am.latest == sys_days{2026_y / 4 / 7});
  // Same dates in metropolitan France: Good Friday is a working day.
  CHECK(dc::refund_due_date(services(sys_days{2026_y / 3 / 20}), dc::Lang::fr).latest == sys_days{2026_y / 4 / 3});
}

TEST_CASE("Goods the seller offered to collect: informed + 14 days") {
  const auto r = dc::refund_due_date(goods(sys_days{2026_y / 3 / 2}, true, sys_days{2026_y / 3 / 30}, std::nullopt), dc::Lang::en);
  REQUIRE(r.known);
  CHECK(r.safe == sys_days{2026_y / 3 / 16});
  CHECK(r.rule == RefundDueRule::informed_plus_14);
}

TEST_CASE("Goods not collected: the later of informed + 14 and the earlier of goods back / proof sent") {
  const sys_days informed{2026_y / 3 / 2};  // + 14 = Monday 16 March
  auto r = dc::refund_due_date(goods(informed, false, sys_days{2026_y / 3 / 20}, std::nullopt), dc::Lang::fr);
  CHECK(r.safe == sys_days{2026_y / 3 / 20});
  CHECK(r.rule == RefundDueRule::goods_received_back);

  r = dc::refund_due_date(goods(informed, false, sys_days{2026_y / 3 / 25}, sys_days{2026_y / 3 / 19}), dc::Lang::fr);
  CHECK(r.safe == sys_days{2026_y / 3 / 19});
  CHECK(r.rule == RefundDueRule::proof_of_shipment);

  r = dc::refund_due_date(goods(informed, false, sys_days{2026_y / 3 / 18}, sys_days{2026_y / 3 / 24}), dc::Lang::fr);
  CHECK(r.safe == sys_days{2026_y / 3 / 18});
  CHECK(r.rule == RefundDueRule::goods_received_back);

  // Proof sent before the 14 days are over: the 14 days decide.
  r = dc::refund_due_date(goods(informed, false, std::nullopt, sys_days{2026_y / 3 / 5}), dc::Lang::fr);
  CHECK(r.safe == sys_days{2026_y / 3 / 16});
  CHECK(r.rule == RefundDueRule::informed_plus_14);

  // A goods-back date on a Saturday is not rolled: it is an event, not the end of a period.
  r = dc::refund_due_date(goods(informed, false, sys_days{2026_y / 3 / 21}, std::nullopt), dc::Lang::fr);
  CHECK(r.safe == sys_days{2026_y / 3 / 21});
}

TEST_CASE("Cannot tell yet: what is missing is named") {
  auto r = dc::refund_due_date(goods(sys_days{2026_y / 3 / 2}, std::nullopt, std::nullopt, std::nullopt), dc::Lang::fr);
  CHECK_FALSE(r.known);
  CHECK(r.missing == std::vector<RefundDueFact>{RefundDueFact::seller_collects});

  r = dc::refund_due_date(goods(sys_days{2026_y / 3 / 2}, false, std::nullopt, std::nullopt), dc::Lang::fr);
  CHECK_FALSE(r.known);
  CHECK(r.missing == std::vector<RefundDueFact>{RefundDueFact::goods_back_or_proof});
  CHECK(r.fourteen_days.safe == sys_days{2026_y / 3 / 16});  // the earliest it can be due
}
