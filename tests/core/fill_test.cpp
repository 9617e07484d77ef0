#include <catch2/catch.hpp>
#include "text/fill.hpp"

TEST_CASE("fill puts the values in order, tr_fill picks the language first") {
  CHECK(dc::fill("du {} au {} : {} jour(s)", {"1er mars", "11 mars", "10"}) == "du 1er mars au 11 mars : 10 jour(s)");
  CHECK(dc::fill("no value", {}) == "no value");
  CHECK(dc::fill("{}{}", {"a"}) == "a");
  CHECK(dc::fill("{ } {x} {", {"a"}) == "{ } {x} {");
  CHECK(dc::fill("é{}à", {"ü"}) == "éüà");
  CHECK(dc::tr_fill(dc::Lang::en, "le {}", "the {}", {"x"}) == "the x");
  CHECK(dc::tr_fill(dc::Lang::fr, "le {}", "the {}", {"x"}) == "le x");
}
