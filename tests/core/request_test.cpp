#include <catch2/catch.hpp>
#include "api/json.hpp"
#include "api/request.hpp"

using dc::api::Request;

namespace {

dc::json::Value object_with(const char* json) { return *dc::json::parse(json).value; }

}  // namespace

TEST_CASE("An integer field refuses numbers that do not fit in 64 bits (regression: they were read as 0)") {
  for (const char* json : {R"({"n":99999999999999999999})", R"({"n":-99999999999999999999})",
                           R"({"n":18446744073709551616})", R"({"n":9223372036854775808})"}) {
    INFO(json);
    const auto root = object_with(json);
    Request req(root, dc::Lang::en);
    CHECK_FALSE(req.integer("n", {"the number", "the number"}, 0, 100, true));
    REQUIRE(req.errors().size() == 1);
    CHECK(req.errors()[0].field == "n");
    CHECK(req.errors()[0].message == "The number (n) must be a whole number from 0 to 100.");
  }
}

TEST_CASE("An integer field reads whole numbers at the edges of its range, and nothing else") {
  const auto root = object_with(R"({"a":0,"b":100,"c":-0,"d":101,"e":1.0,"f":"5","g":9223372036854775807})");
  Request req(root, dc::Lang::fr);
  CHECK(req.integer("a", {"a", "a"}, 0, 100, true) == 0);
  CHECK(req.integer("b", {"b", "b"}, 0, 100, true) == 100);
  CHECK(req.integer("c", {"c", "c"}, 0, 100, true) == 0);
  CHECK_FALSE(req.integer("d", {"d", "d"}, 0, 100, true));
  CHECK_FALSE(req.integer("e", {"e", "e"}, 0, 100, true));
  CHECK_FALSE(req.integer("f", {"f", "f"}, 0, 100, true));
  CHECK(req.integer("g", {"g", "g"}, 0, 9223372036854775807LL, true) == 9223372036854775807LL);
  CHECK(req.errors().size() == 3);
}
