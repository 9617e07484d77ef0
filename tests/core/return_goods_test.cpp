// L221-23: return within 14 days after sending the withdrawal, its cost, the loss in value.
#include <catch2/catch.hpp>
#include "calendar/iso_date.hpp"
#include "rules/return_goods.hpp"

using namespace date::literals;
using date::sys_days;
using dc::CostPayer;
using dc::Depreciation;
using dc::Input;

namespace {
dc::ReturnFacts sent_on(sys_days d) { return {d, std::nullopt, std::nullopt, std::nullopt, std::nullopt, std::nullopt,
                                              dc::Territory::metropole}; }
}  // namespace

TEST_CASE("Return by 14 days after the withdrawal was sent, rolled like any period") {
  const auto r = dc::return_due(sent_on(sys_days{2026_y / 3 / 7}), dc::Lang::fr);
  REQUIRE(r.by);
  CHECK(dc::iso_date(r.by->safe) == "2026-03-23");  // 21 March 2026 is a Saturday
  CHECK(r.steps.front().article == dc::art::L221_23);
  CHECK(r.steps.front().text.find("sauf si le vendeur a proposé de le récupérer") != std::string::npos);
  CHECK(r.cost_payer == CostPayer::unknown);
  CHECK(r.depreciation == Depreciation::unknown);
  CHECK(r.missing == std::vector<Input>{Input::info_given, Input::seller_collects, Input::return_cost_informed,
                                        Input::seller_pays_return, Input::handled_beyond_testing});
}

TEST_CASE("The seller collects: nothing to send back") {
  auto f = sent_on(sys_days{2026_y / 3 / 7});
  f.seller_collects = true;
  const auto r = dc::return_due(f, dc::Lang::en);
  CHECK_FALSE(r.by);
  CHECK(r.steps.front().text.find("you do not have to send them back") != std::string::npos);
}

TEST_CASE("Who pays the direct return cost") {
  auto f = sent_on(sys_days{2026_y / 3 / 7});
  f.cost_informed = false;  // not told it would be his: the consumer pays nothing
  CHECK(dc::return_due(f, dc::Lang::fr).cost_payer == CostPayer::seller);
  f.cost_informed = true;
  f.seller_pays = true;
  CHECK(dc::return_due(f, dc::Lang::fr).cost_payer == CostPayer::seller);
  f.seller_pays = false;
  const auto r = dc::return_due(f, dc::Lang::fr);
  CHECK(r.cost_payer == CostPayer::consumer);
  bool direct = false;
  for (const auto& s : r.steps)
    if (s.text.find("seulement le coût direct") != std::string::npos) direct = true;
  CHECK(direct);
}

TEST_CASE("A loss in value only beyond a shop-like test, and only if the information was given") {
  auto f = sent_on(sys_days{2026_y / 3 / 7});
  f.handled_beyond_testing = false;
  CHECK(dc::return_due(f, dc::Lang::fr).depreciation == Depreciation::not_owed);
  f.handled_beyond_testing = true;
  f.info_given = false;
  CHECK(dc::return_due(f, dc::Lang::fr).depreciation == Depreciation::not_owed);
  f.info_given = true;
  CHECK(dc::return_due(f, dc::Lang::fr).depreciation == Depreciation::owed);
  f.info_given.reset();
  const auto r = dc::return_due(f, dc::Lang::fr);
  CHECK(r.depreciation == Depreciation::unknown);
  CHECK(std::find(r.missing.begin(), r.missing.end(), Input::info_given) != r.missing.end());
}
