#include <catch2/catch.hpp>
#include "api/json.hpp"

using dc::json::parse;
using dc::json::serialize;
using dc::json::Value;

TEST_CASE("JSON values parse and serialize back") {
  const auto r = parse(R"( {"a": [1, -2.5e3, true, false, null], "b": "é\u00e9\ud83d\ude00\n"} )");
  REQUIRE(r.value);
  CHECK(serialize(*r.value) == "{\"a\":[1,-2.5e3,true,false,null],\"b\":\"\\u00e9\\u00e9\\ud83d\\ude00\\n\"}");
  CHECK(r.value->find("b")->text() == "éé\xF0\x9F\x98\x80\n");
}

TEST_CASE("The written JSON is ASCII only: every character past U+007F escaped, read back as it was") {
  Value v = Value::object();
  v.set("t", "\xC2\xAB d\xC3\xA9lai \xC2\xBB \xE2\x80\xA6 \xE2\x82\xAC \xF0\x9F\x98\x80 \xF4\x8F\xBF\xBF \x7F");
  const std::string out = serialize(v);
  CHECK(out == "{\"t\":\"\\u00ab d\\u00e9lai \\u00bb \\u2026 \\u20ac \\ud83d\\ude00 \\udbff\\udfff \x7F\"}");
  for (const char c : out) CHECK(static_cast<unsigned char>(c) < 0x80);
  const auto back = parse(out);
  REQUIRE(back.value);
  CHECK(back.value->find("t")->text() == v.find("t")->text());
}

TEST_CASE("Bytes that are not UTF-8 in a value are written as U+FFFD: the output stays valid JSON") {
  // Values made in the core are valid UTF-8; this is the writer's safety net.
  for (const char* bad : {"\x80", "\xC3", "\xC0\xAF", "\xE2\x82", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xFF", "a\xC3(b"}) {
    INFO(bad);
    Value v = Value::object();
    v.set("t", bad);
    const std::string out = serialize(v);
    CHECK(out.find("\\ufffd") != std::string::npos);
    CHECK(parse(out).value);
  }
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

TEST_CASE("TextWriter writes what serialize writes, and a raw part is written as it is") {
  dc::json::TextWriter w(4);  // grows many times on the way
  w.put('[');
  w.quoted("d\xC3\xA9lai <b>");
  w.put(',');
  w.put(std::string_view("{\"n\":1}"));
  w.put(']');
  const std::string text = std::move(w).take();
  CHECK(text == "[\"d\\u00e9lai \\u003cb\\u003e\",{\"n\":1}]");

  Value v = Value::object();
  v.set("list", Value::raw(text));
  v.set("after", true);
  const std::string out = serialize(v);
  CHECK(out == "{\"list\":" + text + ",\"after\":true}");
  const auto back = parse(out);
  REQUIRE(back.value);
  CHECK(back.value->find("list")->items().at(0).text() == "d\xC3\xA9lai <b>");
}

TEST_CASE("A long document written through many buffer growths is whole") {
  Value list = Value::array();
  for (int i = 0; i < 5000; ++i) list.push(std::string(i % 37, 'x') + std::to_string(i));
  const std::string out = serialize(list);
  CHECK(out.size() > 16384);
  const auto back = parse(out);
  REQUIRE(back.value);
  REQUIRE(back.value->items().size() == 5000);
  CHECK(back.value->items().at(4999).text() == std::string(4999 % 37, 'x') + "4999");
}
