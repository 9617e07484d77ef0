#include <catch2/catch.hpp>
#include "api/json.hpp"

using dc::json::parse;
using dc::json::serialize;
using dc::json::Value;

TEST_CASE("JSON values parse and serialize back") {
  const auto r = parse(R"( {"a": [1, -2.5e3, true, false, null], "b": "é\u00e9\ud83d\ude00\n"} )");
  REQUIRE(r.value);
  CHECK(serialize(*r.value) == "{\"a\":[1,-2.5e3,true,false,null],\"b\":\"éé😀\\n\"}");
  CHECK(r.value->find("b")->text() == "éé\xF0\x9F\x98\x80\n");
}

TEST_CASE("Markup in strings is written inert") {
  Value v = Value::object();
  v.set("name", "<img src=x onerror=alert(1)>&");
  CHECK(serialize(v) == "{\"name\":\"\\u003cimg src=x onerror=alert(1)\\u003e\\u0026\"}");
}

TEST_CASE("Malformed JSON is rejected with a position") {
  for (const char* bad : {"", "{", "{\"a\":}", "[1,]", "{\"a\":1,}", "01", "1.", "-", "\"\\x\"", "\"abc", "tru",
                          "{\"a\":1}x", "{'a':1}", "\"\\ud800\"", "\"\\udc00\"", "NaN", "{\"a\":1,\"a\":2}", "\"\x01\""}) {
    INFO(bad);
    const auto r = parse(bad);
    CHECK_FALSE(r.value);
    CHECK_FALSE(r.error_fr.empty());
  }
}

TEST_CASE("Invalid UTF-8 is rejected") {
  for (const char* bad : {"\"\xC3\"", "\"\xC0\xAF\"", "\"\xED\xA0\x80\"", "\"\xF5\x80\x80\x80\"", "\"\xFF\""}) {
    INFO(bad);
    CHECK_FALSE(parse(bad).value);
  }
}

TEST_CASE("Nesting is bounded") {
  CHECK(parse(std::string(63, '[') + std::string(63, ']')).value);
  CHECK_FALSE(parse(std::string(100000, '[')).value);
  CHECK_FALSE(parse(std::string(65, '[') + std::string(65, ']')).value);
}
