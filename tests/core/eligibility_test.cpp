// Does the right apply: the three outcomes, each scope check with its article (rules.md section 1).
#include <catch2/catch.hpp>
#include "rules/eligibility.hpp"

using namespace date::literals;
using date::sys_days;
using dc::Input;
using dc::NotApplicable;

namespace {

dc::PurchaseFacts in_scope() {
  dc::PurchaseFacts f;
  f.seller = dc::Seller::professional;
  f.channel = dc::Channel::distance;
  f.territory = dc::TerritoryAnswer{dc::Territory::metropole};
  f.contract = dc::ContractKind::goods;
  f.sector = dc::Sector::none;
  f.concluded = sys_days{2026_y / 1 / 5};
  for (const auto& spec : dc::all_inputs())
    if (spec.group == "exclusions") f.answers.set(spec.id, false);
  return f;
}

dc::DoesNotApply refused(const dc::Eligibility& e) {
  const auto* no = std::get_if<dc::DoesNotApply>(&e.verdict);
  REQUIRE(no);
  return *no;
}

bool has_article(const dc::Steps& steps, const dc::ArticleRef& a) {
  for (const auto& s : steps)
    if (s.article == a) return true;
  return false;
}

}  // namespace

TEST_CASE("Everything answered and nothing excludes: it applies, each check explained") {
  const auto e = dc::check_eligibility(in_scope(), dc::Lang::fr);
  CHECK(std::holds_alternative<dc::Applies>(e.verdict));
  CHECK(has_article(e.checks, dc::art::liminaire));
  CHECK(has_article(e.checks, dc::art::L221_18));
  CHECK(has_article(e.checks, dc::art::L221_2));
  CHECK(has_article(e.checks, dc::art::loi_2014_344));
  CHECK(has_article(e.checks, dc::art::L221_28));
  // The merchant clause and the void waiver are always told.
  CHECK(has_article(e.notes, dc::art::L221_28));
  CHECK(has_article(e.notes, dc::art::L242_3));
}

TEST_CASE("Nothing answered: cannot tell, the scope questions in asking order") {
  const auto e = dc::check_eligibility({}, dc::Lang::fr);
  const auto* unknown = std::get_if<dc::CannotTell>(&e.verdict);
  REQUIRE(unknown);
  CHECK(unknown->missing == std::vector<Input>{Input::seller, Input::channel, Input::territory, Input::contract,
                                               Input::sector, Input::concluded});
  CHECK(e.checks.empty());
}

TEST_CASE("A no decides even while other answers are missing") {
  dc::PurchaseFacts f;
  f.channel = dc::Channel::shop;
  const auto e = dc::check_eligibility(f, dc::Lang::fr);
  CHECK(refused(e).reason == NotApplicable::shop);
  CHECK(refused(e).why.article == dc::art::L221_18);
  CHECK(has_article(refused(e).consequences, dc::art::L217_3));
}

TEST_CASE("A private seller: no right, and how to check on a marketplace") {
  auto f = in_scope();
  f.seller = dc::Seller::private_person;
  const auto& no = refused(dc::check_eligibility(f, dc::Lang::fr));
  CHECK(no.reason == NotApplicable::private_seller);
  CHECK(no.why.article == dc::art::liminaire);
  CHECK(no.why.text.find("D111-8") != std::string::npos);
  CHECK(has_article(no.consequences, dc::art::civ_1641));
  CHECK(dc::input_spec(Input::seller).help_fr.find("place de marché") != std::string_view::npos);
}

TEST_CASE("A fair or exhibition: no right (L224-59), a linked credit keeps its own") {
  auto f = in_scope();
  f.channel = dc::Channel::fair;
  const auto& no = refused(dc::check_eligibility(f, dc::Lang::en));
  CHECK(no.reason == NotApplicable::fair);
  CHECK(no.why.article == dc::art::L224_59);
  CHECK(has_article(no.consequences, dc::art::L224_62));
}

TEST_CASE("Off-premises is covered like distance") {
  auto f = in_scope();
  f.channel = dc::Channel::off_premises;
  CHECK(std::holds_alternative<dc::Applies>(dc::check_eligibility(f, dc::Lang::fr).verdict));
}

TEST_CASE("Every excluded sector of L221-2: not covered, not a wrong date") {
  for (auto s : {dc::Sector::health, dc::Sector::financial, dc::Sector::gambling, dc::Sector::real_estate,
                 dc::Sector::package_travel, dc::Sector::timeshare, dc::Sector::vending_machine}) {
    auto f = in_scope();
    f.sector = s;
    const auto& no = refused(dc::check_eligibility(f, dc::Lang::fr));
    CHECK(no.reason == NotApplicable::sector);
    CHECK(no.why.article == dc::art::L221_2);
    CHECK(no.why.text.find("DroitConso ne") != std::string::npos);
  }
}

TEST_CASE("The four territories with their own consumer rules") {
  for (auto t : {dc::OtherTerritory::nouvelle_caledonie, dc::OtherTerritory::polynesie_francaise,
                 dc::OtherTerritory::wallis_et_futuna, dc::OtherTerritory::saint_pierre_et_miquelon}) {
    auto f = in_scope();
    f.territory = dc::TerritoryAnswer{t};
    const auto& no = refused(dc::check_eligibility(f, dc::Lang::en));
    CHECK(no.reason == NotApplicable::territory);
    CHECK(no.why.text.find(dc::other_territory_name(t, dc::Lang::en)) == 0);
    CHECK(no.why.text.find("own consumer rules") != std::string::npos);
  }
}

TEST_CASE("Contracts before 14 June 2014 are out of scope, from that day in") {
  auto f = in_scope();
  f.concluded = sys_days{2014_y / 6 / 13};
  const auto& no = refused(dc::check_eligibility(f, dc::Lang::fr));
  CHECK(no.reason == NotApplicable::before_hamon);
  CHECK(no.why.article == dc::art::loi_2014_344);
  CHECK(no.why.text.find("7 jours") != std::string::npos);
  f.concluded = sys_days{2014_y / 6 / 14};
  CHECK(std::holds_alternative<dc::Applies>(dc::check_eligibility(f, dc::Lang::fr).verdict));
  // Received before that day: concluded before it too, without asking.
  f.concluded.reset();
  f.received = sys_days{2014_y / 6 / 10};
  CHECK(refused(dc::check_eligibility(f, dc::Lang::fr)).reason == NotApplicable::before_hamon);
  f.received = sys_days{2014_y / 6 / 20};
  const auto later = dc::check_eligibility(f, dc::Lang::fr);
  const auto* unknown = std::get_if<dc::CannotTell>(&later.verdict);
  REQUIRE(unknown);
  CHECK(unknown->missing == std::vector<Input>{Input::concluded});
}

TEST_CASE("What is owed on withdrawing from a service or digital content, the older exclusion wording") {
  auto f = in_scope();
  f.contract = dc::ContractKind::service;
  CHECK(has_article(dc::check_eligibility(f, dc::Lang::fr).notes, dc::art::L221_25));
  f.contract = dc::ContractKind::digital_content;
  const auto digital = dc::check_eligibility(f, dc::Lang::fr);
  CHECK(has_article(digital.notes, dc::art::L221_26));
  CHECK_FALSE(has_article(digital.notes, dc::art::L221_25));
  f.concluded = sys_days{2022_y / 5 / 27};
  bool wording = false;
  for (const auto& n : dc::check_eligibility(f, dc::Lang::fr).notes)
    if (n.text.find("28 mai 2022") != std::string::npos) wording = true;
  CHECK(wording);
}

TEST_CASE("Exclusions wait for the contract kind") {
  auto f = in_scope();
  f.contract.reset();
  f.answers = {};
  const auto e = dc::check_eligibility(f, dc::Lang::fr);
  const auto* unknown = std::get_if<dc::CannotTell>(&e.verdict);
  REQUIRE(unknown);
  CHECK(unknown->missing == std::vector<Input>{Input::contract});
}
