#include <catch2/catch.hpp>
#include "rules/conformity.hpp"

using namespace date::literals;
using date::sys_days;
using dc::ConformityFact;
using dc::ConformityInput;
using dc::ConformityItem;
using dc::ConformityOutcome;
using dc::GoodsCondition;
using dc::Lang;
using dc::Remedy;

namespace {

// New goods bought on 10 January 2025, delivered on the 15th: no 29 February in the next 2 years.
ConformityInput goods(GoodsCondition condition = GoodsCondition::new_goods) {
  ConformityInput in;
  in.item = ConformityItem::goods;
  in.contract = sys_days{2025_y / 1 / 10};
  in.delivered = sys_days{2025_y / 1 / 15};
  in.condition = condition;
  in.today = sys_days{2025_y / 3 / 1};
  return in;
}

// "Day N": the defect appeared N days after delivery (delivery is day 0).
dc::ConformityResult defect_on_day(ConformityInput in, int n) {
  in.defect_appeared = *in.delivered + date::days{n};
  in.today = *in.defect_appeared;
  return dc::legal_conformity(in, Lang::fr);
}

bool cites(const dc::Steps& steps, const dc::ArticleRef& a) {
  for (const auto& s : steps)
    if (s.article == a) return true;
  return false;
}

}  // namespace

TEST_CASE("Presumption after 2022, new goods: day 730 presumed, day 731 not") {
  const auto in = goods();
  CHECK(*defect_on_day(in, 730).presumed);
  CHECK(*defect_on_day(in, 730).presumption_until == sys_days{2027_y / 1 / 15});
  CHECK(!*defect_on_day(in, 731).presumed);
  CHECK(*defect_on_day(in, 0).presumed);  // on the day of delivery itself
  CHECK(*defect_on_day(in, 730).burden == dc::ProofBurden::seller);
  CHECK(*defect_on_day(in, 731).burden == dc::ProofBurden::consumer);
}

TEST_CASE("Presumption after 2022, new goods over 29 February: day 731 presumed, day 732 not") {
  auto in = goods();
  in.contract = sys_days{2023_y / 2 / 20};
  in.delivered = sys_days{2023_y / 3 / 1};
  CHECK(*defect_on_day(in, 731).presumed);
  CHECK(!*defect_on_day(in, 732).presumed);
}

TEST_CASE("Presumption after 2022, second-hand goods: day 365 presumed, day 366 not") {
  const auto in = goods(GoodsCondition::second_hand);
  CHECK(*defect_on_day(in, 365).presumed);
  CHECK(!*defect_on_day(in, 366).presumed);
  CHECK(*defect_on_day(in, 366).defect_covered);  // still within the 2 years
  CHECK(*defect_on_day(in, 365).presumption_months == 12);
}

TEST_CASE("The contract day picks the regime: 31 December 2021 and 1 January 2022") {
  auto in = goods(GoodsCondition::second_hand);
  in.contract = sys_days{2021_y / 12 / 31};
  in.delivered = sys_days{2022_y / 1 / 3};
  auto old = defect_on_day(in, 200);
  CHECK(*old.regime == dc::ConformityRegime::before2022);
  CHECK(*old.presumption_months == 6);
  CHECK(cites(old.steps, dc::art::L217_12_old));
  in.contract = sys_days{2022_y / 1 / 1};
  auto now = defect_on_day(in, 200);
  CHECK(*now.regime == dc::ConformityRegime::from2022);
  CHECK(*now.presumption_months == 12);
  CHECK(cites(now.steps, dc::art::L217_3));
}

TEST_CASE("New goods bought on 17 or 18 March 2016: 6 or 24 months") {
  auto in = goods();
  in.delivered = sys_days{2016_y / 3 / 20};
  in.contract = sys_days{2016_y / 3 / 17};
  CHECK(*defect_on_day(in, 100).presumption_months == 6);
  CHECK(!*defect_on_day(in, 200).presumed);
  in.contract = sys_days{2016_y / 3 / 18};
  CHECK(*defect_on_day(in, 100).presumption_months == 24);
  CHECK(*defect_on_day(in, 200).presumed);
  in.condition = GoodsCondition::second_hand;
  CHECK(*defect_on_day(in, 100).presumption_months == 6);
}

TEST_CASE("Before 2022 the 2 years are to act, and repairs add nothing (stated)") {
  auto in = goods();
  in.contract = sys_days{2021_y / 6 / 1};
  in.delivered = sys_days{2021_y / 6 / 5};
  in.history.push_back({dc::Intervention::Kind::repair, sys_days{2021_y / 9 / 1}, sys_days{2021_y / 9 / 20}, {}});
  in.defect_appeared = sys_days{2021_y / 8 / 1};
  in.today = sys_days{2021_y / 10 / 15};
  const auto r = dc::legal_conformity(in, Lang::en);
  CHECK(*r.until == sys_days{2023_y / 6 / 5});
  bool stated = false;
  for (const auto& s : r.steps) stated = stated || s.text.find("no suspension and no extension") != std::string::npos;
  CHECK(stated);
}

TEST_CASE("Remedies after 2022: 30 days for the seller, then price reduction or cancellation") {
  auto in = goods();
  in.defect_appeared = sys_days{2025_y / 2 / 1};
  in.requested = sys_days{2025_y / 2 / 3};
  in.today = sys_days{2025_y / 3 / 5};  // the seller's 30th day
  auto r = dc::legal_conformity(in, Lang::fr);
  REQUIRE(r.remedies);
  CHECK(*r.remedies->seller_deadline == sys_days{2025_y / 3 / 5});
  CHECK(*r.remedies->reduction_or_cancellation_from == sys_days{2025_y / 3 / 6});
  CHECK(r.remedies->available == std::vector<Remedy>{Remedy::repair, Remedy::replacement});
  bool future = false;
  for (const auto& s : r.steps) future = future || s.text.find("vous pourrez à partir du jeudi 6 mars 2025 exiger") != std::string::npos;
  CHECK(future);
  in.today = sys_days{2025_y / 3 / 6};
  r = dc::legal_conformity(in, Lang::fr);
  CHECK(r.remedies->available ==
        std::vector<Remedy>{Remedy::repair, Remedy::replacement, Remedy::price_reduction, Remedy::cancellation});
  CHECK(cites(r.steps, dc::art::L217_10));
  CHECK(cites(r.steps, dc::art::L217_14));
  bool minor = false, since = false;
  for (const auto& s : r.steps) {
    minor = minor || s.text.find("défaut est mineur") != std::string::npos;
    since = since || s.text.find("vous pouvez depuis le jeudi 6 mars 2025 exiger") != std::string::npos;
  }
  CHECK(minor);
  CHECK(since);
}

TEST_CASE("No remedies under this guarantee for a defect that appeared after it") {
  auto r = defect_on_day(goods(), 731);
  CHECK(!*r.defect_covered);
  CHECK(!r.remedies);
}

TEST_CASE("Facts not given are listed, never guessed") {
  ConformityInput in;
  in.item = ConformityItem::goods_with_digital_elements;
  in.today = sys_days{2026_y / 1 / 1};
  auto r = dc::legal_conformity(in, Lang::fr);
  CHECK(r.outcome == ConformityOutcome::cannot_tell);
  std::vector<ConformityFact> facts;
  for (const auto& m : r.missing) facts.push_back(m.fact);
  CHECK(facts == std::vector<ConformityFact>{ConformityFact::contract, ConformityFact::delivered, ConformityFact::condition,
                                             ConformityFact::continuous_supply, ConformityFact::defect_appeared});
  CHECK(!r.regime);
  CHECK(!r.until);
  CHECK(!r.presumed);
  in.continuous_supply = true;
  r = dc::legal_conformity(in, Lang::fr);
  CHECK(r.missing.at(3).fact == ConformityFact::supply_end);
}

TEST_CASE("Goods with digital elements supplied for more than 2 years: the supply period for them") {
  auto in = goods();
  in.item = ConformityItem::goods_with_digital_elements;
  in.contract = sys_days{2024_y / 3 / 1};
  in.delivered = sys_days{2024_y / 3 / 2};
  in.continuous_supply = true;
  in.supply_end = sys_days{2028_y / 3 / 1};
  in.defect_appeared = sys_days{2026_y / 5 / 10};
  in.today = sys_days{2026_y / 6 / 1};
  const auto r = dc::legal_conformity(in, Lang::fr);
  CHECK(*r.until == sys_days{2026_y / 3 / 2});
  CHECK(!*r.defect_covered);
  REQUIRE(r.digital_elements);
  CHECK(r.digital_elements->until == sys_days{2028_y / 3 / 1});
  CHECK(*r.digital_elements->defect_covered);
  CHECK(r.digital_elements->from_today.status == dc::TermStatus::open);
  CHECK(r.remedies);  // for a defect of the digital part
}

TEST_CASE("Digital content: 2 years and 12 months from supply, or the supply period") {
  ConformityInput in;
  in.item = ConformityItem::digital;
  in.contract = in.delivered = sys_days{2024_y / 5 / 10};
  in.continuous_supply = false;
  in.defect_appeared = sys_days{2025_y / 5 / 10};
  in.today = sys_days{2025_y / 6 / 1};
  auto r = dc::legal_conformity(in, Lang::fr);
  CHECK(*r.until == sys_days{2026_y / 5 / 10});
  CHECK(*r.presumption_until == sys_days{2025_y / 5 / 10});
  CHECK(*r.presumed);
  CHECK(cites(r.steps, dc::art::L224_25_12));
  CHECK(cites(r.steps, dc::art::L224_25_16));
  in.continuous_supply = true;
  in.supply_end = sys_days{2025_y / 12 / 31};
  r = dc::legal_conformity(in, Lang::fr);
  CHECK(*r.until == sys_days{2025_y / 12 / 31});
  CHECK(*r.presumption_until == sys_days{2025_y / 12 / 31});
  CHECK(!r.presumption_months);
  in.contract = sys_days{2021_y / 12 / 31};
  CHECK(dc::legal_conformity(in, Lang::fr).outcome == ConformityOutcome::not_covered);
}

TEST_CASE("Contracts before 20 February 2005 are not covered") {
  auto in = goods();
  in.contract = sys_days{2005_y / 2 / 19};
  const auto r = dc::legal_conformity(in, Lang::fr);
  CHECK(r.outcome == ConformityOutcome::not_covered);
  CHECK(r.steps.at(0).article == dc::art::ord_2005_136);
  in.contract = sys_days{2005_y / 2 / 20};
  CHECK(dc::legal_conformity(in, Lang::fr).regime == dc::ConformityRegime::before2022);
}

TEST_CASE("Two repairs: the alternative date is shown with its step") {
  auto in = goods();
  in.defect_appeared = sys_days{2025_y / 2 / 20};
  in.history = {{dc::Intervention::Kind::repair, sys_days{2025_y / 3 / 1}, sys_days{2025_y / 3 / 11}, {}},
                {dc::Intervention::Kind::repair, sys_days{2025_y / 9 / 1}, sys_days{2025_y / 9 / 4}, {}}};
  in.today = sys_days{2025_y / 10 / 1};
  const auto r = dc::legal_conformity(in, Lang::en);
  CHECK(*r.until == sys_days{2027_y / 7 / 28});
  CHECK(*r.until_if_each_repair_extends == sys_days{2028_y / 1 / 28});
  bool shown = false;
  for (const auto& s : r.steps) shown = shown || s.text.find("Friday 28 January 2028") != std::string::npos;
  CHECK(shown);
}

TEST_CASE("After a restart, the presumption stays on the first delivery, the alternative shown") {
  auto in = goods();
  in.defect_appeared = sys_days{2025_y / 2 / 20};
  in.history = {{dc::Intervention::Kind::replacement, sys_days{2025_y / 3 / 1}, sys_days{2025_y / 3 / 20}, true}};
  in.today = sys_days{2025_y / 4 / 1};
  const auto r = dc::legal_conformity(in, Lang::fr);
  CHECK(*r.presumption_until == sys_days{2027_y / 1 / 15});
  CHECK(*r.new_guarantee_from == sys_days{2025_y / 3 / 20});
  bool shown = false;
  for (const auto& s : r.steps) shown = shown || s.text.find("samedi 20 mars 2027") != std::string::npos;
  CHECK(shown);
}

TEST_CASE("Every step of every outcome cites an article with a link, in both languages") {
  auto in = goods();
  in.defect_appeared = sys_days{2025_y / 2 / 20};
  in.requested = sys_days{2025_y / 2 / 21};
  for (const auto lang : {Lang::fr, Lang::en}) {
    const auto r = dc::legal_conformity(in, lang);
    CHECK(r.steps.size() >= 8);
    CHECK(r.information.size() == 3);
    for (const auto* list : {&r.steps, &r.information})
      for (const auto& s : *list) {
        CHECK(!s.text.empty());
        CHECK(!s.article.label.empty());
        CHECK(s.article.url.substr(0, 8) == "https://");
      }
  }
}

TEST_CASE("A seller's deadline on a closed day: kept, with the day a cautious consumer waits for") {
  auto in = goods();
  in.defect_appeared = sys_days{2025_y / 2 / 20};
  in.requested = sys_days{2025_y / 2 / 21};  // + 30 days = Sunday 23 March 2025
  in.today = sys_days{2025_y / 4 / 1};
  auto r = dc::legal_conformity(in, Lang::fr);
  CHECK(*r.remedies->seller_deadline == sys_days{2025_y / 3 / 23});
  CHECK(*r.remedies->reduction_or_cancellation_from == sys_days{2025_y / 3 / 24});
  bool shown = false;
  for (const auto& s : r.steps)
    shown = shown || s.text.find("jusqu'au lundi 24 mars 2025 : pour ne prendre aucun risque, attendez le mardi 25 mars 2025") !=
                         std::string::npos;
  CHECK(shown);
  // 14 July 2025 (a Monday holiday) + 30 days back: requested on 14 June.
  in.requested = sys_days{2025_y / 6 / 14};
  in.defect_appeared = sys_days{2025_y / 6 / 1};
  in.today = sys_days{2025_y / 8 / 1};
  in.territory = dc::Territory::metropole;
  r = dc::legal_conformity(in, Lang::en);
  shown = false;
  for (const auto& s : r.steps) shown = shown || s.text.find("wait until Wednesday 16 July 2025") != std::string::npos;
  CHECK(shown);
}

TEST_CASE("Before 2022: one month from the claim, the month end named") {
  auto in = goods();
  in.contract = sys_days{2021_y / 6 / 1};
  in.delivered = sys_days{2021_y / 6 / 5};
  in.defect_appeared = sys_days{2021_y / 8 / 1};
  in.requested = sys_days{2021_y / 8 / 31};
  in.today = sys_days{2021_y / 9 / 15};
  const auto r = dc::legal_conformity(in, Lang::fr);
  CHECK(*r.remedies->seller_deadline == sys_days{2021_y / 9 / 30});
  CHECK(r.remedies->available == std::vector<Remedy>{Remedy::repair, Remedy::replacement});
  bool future = false, month_end = false;
  for (const auto& s : r.steps) {
    future = future || s.text.find("vous pourrez à partir du vendredi 1er octobre 2021 rendre le bien") != std::string::npos;
    month_end = month_end || s.article == dc::art::cpc_641;
  }
  CHECK(future);
  CHECK(month_end);
  CHECK(cites(r.steps, dc::art::L217_9_old));
  CHECK(cites(r.steps, dc::art::L217_10_old));
}
