// The input table: every question exists in both languages, choices match the core's enums.
#include <catch2/catch.hpp>
#include <set>
#include "calendar/territory.hpp"
#include "rules/inputs.hpp"

using dc::Input;

TEST_CASE("Every input has a field, a label and a question in French and English") {
  std::set<std::string_view> fields;
  for (const auto& spec : dc::all_inputs()) {
    INFO(spec.field);
    CHECK_FALSE(spec.field.empty());
    CHECK_FALSE(spec.label_fr.empty());
    CHECK_FALSE(spec.label_en.empty());
    CHECK_FALSE(spec.question_fr.empty());
    CHECK_FALSE(spec.question_en.empty());
    CHECK(spec.help_fr.empty() == spec.help_en.empty());
    CHECK(spec.article.url.substr(0, 8) == "https://");
    CHECK((spec.type == dc::InputType::choice) == !spec.options.empty());
    fields.insert(spec.field);
  }
  // "received" serves three inputs (receipt, last receipt, first receipt).
  CHECK(fields.size() == dc::kInputCount - 2);
}

TEST_CASE("Choices follow the order of the core's enums") {
  CHECK(dc::input_spec(Input::seller).options.size() == 2);
  CHECK(dc::input_spec(Input::seller).options[1].value == "private");
  CHECK(dc::input_spec(Input::channel).options.size() == 4);
  CHECK(dc::input_spec(Input::channel).options[3].value == "fair");
  CHECK(dc::input_spec(Input::contract).options.size() == 6);
  CHECK(dc::input_spec(Input::contract).options[5].value == "digital-content");
  CHECK(dc::input_spec(Input::sector).options.size() == 8);
  CHECK(dc::input_spec(Input::sector).options[0].value == "none");
  CHECK(dc::input_spec(Input::sector).options[7].value == "vending-machine");
  const auto territories = dc::input_spec(Input::territory).options;
  REQUIRE(territories.size() == 13);
  for (std::size_t i = 0; i < territories.size(); ++i) {
    if (i < 9) CHECK(dc::territory_from_code(territories[i].value));
    else CHECK(dc::other_territory_from_code(territories[i].value));
  }
}

TEST_CASE("Asking order: sorted by the table, without duplicates") {
  CHECK(dc::in_asking_order({Input::info_given, Input::seller, Input::personalised, Input::seller}) ==
        std::vector<Input>{Input::seller, Input::personalised, Input::info_given});
}
