// L221-21, R221-1, L221-22: how to withdraw; the online function for contracts from 19 June 2026.
#include <catch2/catch.hpp>
#include "rules/how_to_withdraw.hpp"

using namespace date::literals;
using date::sys_days;
using dc::OnlineFunction;

TEST_CASE("Any unambiguous declaration or the model form, sending counts, keep proof") {
  const auto h = dc::how_to_withdraw(sys_days{2026_y / 1 / 5}, true, dc::Lang::fr);
  REQUIRE(h.steps.size() == 5);
  CHECK(h.steps[0].article == dc::art::L221_21);
  CHECK(h.steps[0].text.find("toute déclaration dénuée d'ambiguïté") != std::string::npos);
  CHECK(h.steps[1].article == dc::art::R221_1);
  CHECK(h.steps[2].article == dc::art::dir_2011_83_art11);
  CHECK(h.steps[3].article == dc::art::L221_22);
  CHECK(h.steps[3].text.find("lettre recommandée") != std::string::npos);
}

TEST_CASE("The « renoncer au contrat ici » function: contracts concluded online from 19 June 2026") {
  CHECK(dc::how_to_withdraw(sys_days{2026_y / 6 / 18}, true, dc::Lang::fr).online_function == OnlineFunction::not_required);
  const auto from = dc::how_to_withdraw(sys_days{2026_y / 6 / 19}, true, dc::Lang::fr);
  CHECK(from.online_function == OnlineFunction::required);
  CHECK(from.steps.back().text.find("« renoncer au contrat ici »") != std::string::npos);
  CHECK(from.steps.back().text.find("sources secondaires") != std::string::npos);
  CHECK(from.steps.back().text.find("date et l'heure") != std::string::npos);
  CHECK(dc::how_to_withdraw(sys_days{2026_y / 7 / 1}, false, dc::Lang::fr).online_function ==
        OnlineFunction::not_required);
  const auto unknown = dc::how_to_withdraw(std::nullopt, std::nullopt, dc::Lang::en);
  CHECK(unknown.online_function == OnlineFunction::depends);
  CHECK(unknown.missing == std::vector<dc::Input>{dc::Input::concluded, dc::Input::online});
  CHECK(unknown.steps.back().text.find("If you concluded the contract online from 19 June 2026") == 0);
  CHECK(unknown.steps.back().text.find("secondary sources") != std::string::npos);
  // Before that day, whether it was online does not matter.
  CHECK(dc::how_to_withdraw(sys_days{2025_y / 1 / 1}, std::nullopt, dc::Lang::fr).missing.empty());
}
