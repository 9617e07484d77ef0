#include <catch2/catch.hpp>
#include <string>
#include "api/json.hpp"

using dc::json::Value;

TEST_CASE("JSON text reads back as it was written, with markup escaped") {
  const auto r = dc::json::parse(R"({"a":[1,-0.5e+3,true,false,null],"b":"<i>&\"\u00e9\ud83d\ude00\n"})");
  REQUIRE(r.value);
  const std::string written = dc::json::serialize(*r.value);
  CHECK(written == "{\"a\":[1,-0.5e+3,true,false,null],\"b\":\"\\u003ci\\u003e\\u0026\\\"\\u00e9\\ud83d\\ude00\\n\"}");
  const auto again = dc::json::parse(written);
  REQUIRE(again.value);
  CHECK(dc::json::serialize(*again.value) == written);
  CHECK(again.value->find("b")->text() == "<i>&\"\xC3\xA9\xF0\x9F\x98\x80\n");
}

TEST_CASE("JSON nesting stops at kMaxDepth levels") {
  const int depth = dc::json::kMaxDepth;
  CHECK(dc::json::parse(std::string(depth, '[') + std::string(depth, ']')).value);
  const auto deeper = dc::json::parse(std::string(depth + 1, '[') + std::string(depth + 1, ']'));
  CHECK_FALSE(deeper.value);
  CHECK(deeper.error_en == "JSON nested too deeply");
  CHECK(deeper.offset == static_cast<std::size_t>(depth));
}

TEST_CASE("A JSON document holds at most kMaxValues values (regression: 10 MB of numbers took 750 MB)") {
  const auto array_of = [](std::size_t count) {  // the array itself is one value, each number another
    std::string out = "[";
    for (std::size_t i = 0; i < count; ++i) out += i ? ",1" : "1";
    return out + "]";
  };
  const auto full = dc::json::parse(array_of(dc::json::kMaxValues - 1));
  REQUIRE(full.value);
  CHECK(full.value->items().size() == dc::json::kMaxValues - 1);
  const std::string one_more = array_of(dc::json::kMaxValues);
  const auto refused = dc::json::parse(one_more);
  CHECK_FALSE(refused.value);
  CHECK(refused.error_en == "JSON with too many values");
  CHECK(refused.error_fr == "JSON avec trop de valeurs");
  CHECK(refused.offset == one_more.size() - 2);  // at the last "1"
}
