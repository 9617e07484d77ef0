#include <catch2/catch.hpp>
#include "api/text_fields.hpp"

using dc::api::check_text;
using dc::api::TextProblem;

TEST_CASE("text fields: any Unicode letter, no control character, a length in characters") {
  const dc::api::TextRule one_line{10};
  CHECK(check_text("Zoé Œuvray", one_line) == TextProblem::none);       // 10 characters, 12 octets
  CHECK(check_text("Zoé Œuvrayx", one_line) == TextProblem::too_long);
  CHECK(check_text("李小龍 Ünal", one_line) == TextProblem::none);
  CHECK(check_text("<img src=x>", {40}) == TextProblem::none);           // markup is just text
  CHECK(check_text("a\nb", one_line) == TextProblem::control_character);
  CHECK(check_text("a\nb", {10, true}) == TextProblem::none);
  CHECK(check_text("a\tb", {10, true}) == TextProblem::control_character);
  CHECK(check_text(std::string("a\0b", 3), one_line) == TextProblem::control_character);
  CHECK(check_text("a\x7f", one_line) == TextProblem::control_character);
  CHECK(check_text("a\u0085", one_line) == TextProblem::control_character);  // C1 "next line"
  CHECK(check_text("a\u2028", one_line) == TextProblem::control_character);  // line separator
  CHECK(check_text("a\u202Eb", one_line) == TextProblem::control_character);  // right-to-left override
  CHECK(check_text("a\u2067b", one_line) == TextProblem::control_character);  // right-to-left isolate
  CHECK(dc::api::count_chars("Œé😀") == 3);
}
