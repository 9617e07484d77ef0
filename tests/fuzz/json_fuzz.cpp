// Fuzzes the JSON reader and writer: any text is either rejected with a located reason, or read
// into a value whose serialization is inert in HTML, reads back as the same value, and is a fixed
// point (serialize(parse(serialize(v))) == serialize(v)).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include "api/json.hpp"
#include "fuzz_checks.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using dc::fuzz::expect;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const dc::json::ParseResult first = dc::json::parse(text);
  if (!first.value) {
    expect(first.offset <= text.size(), "a parse error located past the end of the text", text);
    expect(!first.error_fr.empty() && !first.error_en.empty(), "a parse error without a reason", text);
    return 0;
  }
  const std::string written = dc::json::serialize(*first.value);
  dc::fuzz::expect_inert(written);
  const dc::json::ParseResult second = dc::json::parse(written);
  expect(second.value.has_value(), "serialize() wrote JSON that parse() rejects", written);
  expect(dc::fuzz::same_json(*first.value, *second.value), "parse(serialize(v)) is not v", written);
  expect(dc::json::serialize(*second.value) == written, "serialize is not a fixed point", written);
  return 0;
}
