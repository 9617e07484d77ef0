// L221-28: every exclusion outcome (holds, condition not met, condition still unknown), from
// exclusions.csv natively (and through wasm in tests/node/withdrawal.test.js).
#include <catch2/catch.hpp>
#include <set>
#include "csv_vectors.hpp"
#include "rules/eligibility.hpp"
#include "rules/exclusions.hpp"

using namespace date::literals;
using dc::ContractKind;
using dc::Input;

namespace {

ContractKind kind_of(const std::string& code) {
  const auto& options = dc::input_spec(Input::contract).options;
  for (std::size_t i = 0; i < options.size(); ++i)
    if (options[i].value == code) return static_cast<ContractKind>(i);
  FAIL("unknown contract " << code);
  return ContractKind::goods;
}

std::optional<Input> input_of(const std::string& field) {
  for (const auto& spec : dc::all_inputs())
    if (spec.field == field && spec.group == "exclusions") return spec.id;
  return std::nullopt;
}

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::string cell;
  for (char c : s) {
    if (c == sep) out.push_back(cell), cell.clear();
    else cell += c;
  }
  if (!cell.empty()) out.push_back(cell);
  return out;
}

// "personalised=yes;rest=no;unsealed=": tokens in order; "rest=no" answers every exclusion question
// not answered yet with no; an empty value takes an answer back.
dc::YesNoAnswers answers_of(const std::string& tokens) {
  std::map<Input, std::optional<bool>> given;
  for (const auto& token : split(tokens, ';')) {
    const auto eq = token.find('=');
    const std::string key = token.substr(0, eq), value = token.substr(eq + 1);
    if (key == "rest") {
      for (const auto& spec : dc::all_inputs())
        if (spec.group == "exclusions" && !given.count(spec.id)) given[spec.id] = false;
      continue;
    }
    const auto input = input_of(key);
    REQUIRE(input);
    given[*input] = value.empty() ? std::nullopt : std::optional<bool>(value == "yes");
  }
  dc::YesNoAnswers a;
  for (const auto& [input, value] : given)
    if (value) a.set(input, *value);
  return a;
}

dc::PurchaseFacts in_scope(ContractKind kind) {
  dc::PurchaseFacts f;
  f.seller = dc::Seller::professional;
  f.channel = dc::Channel::distance;
  f.territory = dc::TerritoryAnswer{dc::Territory::metropole};
  f.contract = kind;
  f.sector = dc::Sector::none;
  f.concluded = date::sys_days{2026_y / 1 / 5};
  return f;
}

std::string fields(const std::vector<Input>& inputs) {
  std::string out;
  for (const auto i : inputs) out += (out.empty() ? "" : ";") + std::string(dc::input_spec(i).field);
  return out;
}

}  // namespace

TEST_CASE("The 13 exclusions, numbered 1 to 13, each with its questions and kinds") {
  const auto rules = dc::exclusion_rules();
  REQUIRE(rules.size() == 13);
  for (std::size_t i = 0; i < rules.size(); ++i) {
    CHECK(rules[i].number == static_cast<int>(i) + 1);
    CHECK(&dc::exclusion_rule(rules[i].number) == &rules[i]);
    CHECK_FALSE(rules[i].questions.empty());
    CHECK_FALSE(rules[i].kinds.empty());
    CHECK_FALSE(rules[i].excluded_fr.empty());
    CHECK_FALSE(rules[i].excluded_en.empty());
    // A rule with conditions says what it means when one is not met.
    if (rules[i].questions.size() > 1) CHECK_FALSE(rules[i].not_met_fr.empty());
  }
}

TEST_CASE("exclusions.csv: every exclusion outcome") {
  const auto rows = dc::test::read_vectors("exclusions.csv");
  REQUIRE(rows.size() >= 30);
  std::set<int> seen;
  for (const auto& row : rows) {
    INFO(row.at("why") << " [" << row.at("answers") << "]");
    auto facts = in_scope(kind_of(row.at("contract")));
    facts.answers = answers_of(row.at("answers"));
    const auto e = dc::check_eligibility(facts, dc::Lang::fr);
    const std::string outcome = row.at("expected_outcome");
    if (outcome == "does-not-apply") {
      const auto* no = std::get_if<dc::DoesNotApply>(&e.verdict);
      REQUIRE(no);
      CHECK(no->reason == dc::NotApplicable::exclusion);
      CHECK(no->exclusion == std::stoi(row.at("expected_exclusion")));
      CHECK(no->why.article == dc::art::L221_28);
      CHECK_FALSE(no->consequences.empty());
      seen.insert(no->exclusion);
    } else if (outcome == "cannot-tell") {
      const auto* unknown = std::get_if<dc::CannotTell>(&e.verdict);
      REQUIRE(unknown);
      CHECK(fields(unknown->missing) == row.at("expected_missing"));
    } else {
      CHECK(std::holds_alternative<dc::Applies>(e.verdict));
    }
  }
  CHECK(seen.size() == 13);  // every exclusion holds in at least one row
}

TEST_CASE("A condition not met explains itself, a gate answered no is one short line") {
  dc::YesNoAnswers a;
  a.set(Input::hygiene_product, true);
  a.set(Input::unsealed, false);
  const auto check = dc::check_exclusions(ContractKind::goods, a, dc::Lang::fr);
  CHECK_FALSE(check.excluded_by);
  bool keep_sealed = false;
  for (const auto& s : check.steps)
    if (s.text.find("Exception 5° (biens descellés, hygiène ou santé) : tant que vous ne le descellez pas") == 0)
      keep_sealed = true;
  CHECK(keep_sealed);
  dc::YesNoAnswers b;
  b.set(Input::personalised, false);
  const auto en = dc::check_exclusions(ContractKind::goods, b, dc::Lang::en);
  REQUIRE(en.steps.size() == 1);
  CHECK(en.steps[0].text == "Exception 3 (personalised goods): does not concern your purchase.");
}

TEST_CASE("What still applies after an exclusion") {
  const auto goods = dc::exclusion_consequences(3, ContractKind::goods, dc::Lang::fr);
  REQUIRE(goods.size() == 2);
  CHECK(goods[0].article == dc::art::L217_3);
  CHECK(goods[1].article == dc::art::civ_1641);
  const auto digital = dc::exclusion_consequences(13, ContractKind::digital_content, dc::Lang::fr);
  REQUIRE(digital.size() == 1);
  CHECK(digital[0].article == dc::art::L224_25_12);
  const auto repair = dc::exclusion_consequences(8, ContractKind::service, dc::Lang::en);
  REQUIRE(repair.size() == 2);
  CHECK(repair[0].text.find("strictly needed for the emergency") != std::string::npos);
}
