// Fuzzes each question of the JSON API with well-formed requests: the question is picked from
// dc::api::questions(); its fields start from a request the API accepts (api_probe.hpp), and each
// is kept, dropped, nulled or replaced by a hostile value; an id and unknown fields may be added.
// Checks, beyond the answer's contract (fuzz_checks.hpp): a JSON object is never refused as a
// whole, the id comes back, a success names the question asked, and the probed request, left
// untouched, is still accepted.
#include <fuzzer/FuzzedDataProvider.h>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>
#include "api/answer.hpp"
#include "api_probe.hpp"
#include "api_words.hpp"
#include "calendar/iso_date.hpp"
#include "calendar/territory.hpp"
#include "fuzz_checks.hpp"

namespace {

using dc::json::Value;
using dc::fuzz::expect;

template <typename T, std::size_t N>
const T& pick(FuzzedDataProvider& in, const T (&list)[N]) {
  return list[in.ConsumeIntegralInRange<std::size_t>(0, N - 1)];
}

std::string_view pick_word(FuzzedDataProvider& in) {
  const auto words = dc::fuzz::api_words();
  if (words.empty()) return "question";
  return words[in.ConsumeIntegralInRange<std::size_t>(0, words.size() - 1)];
}

// "YYYY-MM-DD" from any three numbers: impossible, out-of-range and badly padded dates.
std::string date_text(int y, int m, int d) {
  char buf[48];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

constexpr std::string_view kHostileText[] = {
    "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "&amp;&lt;", "</script><!--",
    "\xE2\x80\xA8\xE2\x80\xA9",  // line and paragraph separators
    "\xEF\xBC\x92\xEF\xBC\x90\xEF\xBC\x92\xEF\xBC\x96-01-14",  // full-width digits
    "2026-1-5", " 2026-01-14", "2026-01-14 ", "2026-02-30", "0000-01-01", "99999-01-01", "", " ", "\t",
    "\xED\xA0\x80",  // a lone surrogate written as UTF-8: invalid
    "\xC0\xAF",      // an overlong '/': invalid
    "\xFF", "metropole\n", "METROPOLE", "nouvelle-caledonie", "null", "true", "0", "-1", "1e309", "NaN"};

constexpr std::string_view kNumberText[] = {
    "1e309", "-1e309", "-0", "0.5", "1E2", "1e-400", "123456789012345678901234567890", "9223372036854775807",
    "9223372036854775808", "-9223372036854775808", "2026.0", "NaN", "Infinity", "01", "1."};

Value fuzz_value(FuzzedDataProvider& in, int depth) {
  switch (in.ConsumeIntegralInRange(0, 12)) {
    case 0:
      return date_text(in.ConsumeIntegralInRange(-10, 10100), in.ConsumeIntegralInRange(-1, 14),
                       in.ConsumeIntegralInRange(-1, 33));
    case 1: {  // a real day, a little beyond the accepted years on both sides
      const date::sys_days first{date::year{1570} / 1 / 1}, last{date::year{9999} / 12 / 31};
      return dc::iso_date(first + date::days{in.ConsumeIntegralInRange(0, static_cast<int>((last - first).count()))});
    }
    case 2: return std::string(pick_word(in));
    case 3: {
      const auto all = dc::all_territories();
      return std::string(dc::territory_code(all[in.ConsumeIntegralInRange<std::size_t>(0, all.size() - 1)]));
    }
    case 4: return static_cast<long long>(in.ConsumeIntegral<std::int64_t>());
    case 5: return in.ConsumeIntegralInRange(-3, 3000);
    case 6: return Value::number_text(std::string(pick(in, kNumberText)));
    case 7: return in.ConsumeBool();
    case 8: return nullptr;
    case 9: return in.ConsumeRandomLengthString(80);
    case 10: return std::string(pick(in, kHostileText));
    case 11: {
      Value list = Value::array();
      if (depth < 3)
        for (int n = in.ConsumeIntegralInRange(0, 3); n > 0; --n) list.push(fuzz_value(in, depth + 1));
      return list;
    }
    default: {
      Value object = Value::object();
      if (depth < 3)
        for (int n = in.ConsumeIntegralInRange(0, 3); n > 0; --n) object.set(std::string(pick_word(in)), fuzz_value(in, depth + 1));
      return object;
    }
  }
}

std::string field_name(FuzzedDataProvider& in) {
  const auto& shapes = dc::test::question_shapes();
  switch (in.ConsumeIntegralInRange(0, 2)) {
    case 0: {
      const auto& fields = shapes[in.ConsumeIntegralInRange<std::size_t>(0, shapes.size() - 1)].fields;
      if (!fields.empty()) return fields[in.ConsumeIntegralInRange<std::size_t>(0, fields.size() - 1)];
      return "today";
    }
    case 1: return std::string(pick_word(in));
    default: return in.ConsumeRandomLengthString(24);
  }
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  (void)dc::test::question_shapes();  // probe before the first input, not during it
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  FuzzedDataProvider in(data, size);
  const auto& shapes = dc::test::question_shapes();
  const auto& shape = shapes[in.ConsumeIntegralInRange<std::size_t>(0, shapes.size() - 1)];

  Value request = Value::object();
  bool untouched = true;
  for (const auto& [field, value] : shape.request.members()) {
    const int action = in.ConsumeIntegralInRange(0, field == "question" ? 9 : 4);
    if (action == 0 || action > 4) request.set(field, value);  // the question is mostly kept
    else if (action == 2) request.set(field, nullptr);
    else if (action >= 3) request.set(field, fuzz_value(in, 0));
    untouched = untouched && (action == 0 || action > 4);
  }
  Value id;
  switch (in.ConsumeIntegralInRange(0, 3)) {
    case 0: break;
    case 1: id = in.ConsumeRandomLengthString(16); break;
    case 2: id = static_cast<long long>(in.ConsumeIntegral<std::int32_t>()); break;
    default: id = fuzz_value(in, 1);
  }
  if (!id.is(Value::Type::null)) request.set("id", id);
  for (int extra = in.ConsumeIntegralInRange(0, 3); extra > 0; --extra) {
    request.set(field_name(in), fuzz_value(in, 0));
    untouched = false;
  }

  const std::string text = dc::json::serialize(request);
  const Value answer = dc::fuzz::expect_api_answer(dc::api::answer(text));
  const bool ok = answer.find("ok")->as_bool();
  // Compared with what the API received: bytes that are not UTF-8 are written as U+FFFD.
  const auto sent = dc::json::parse(text);
  if (!sent.value) return 0;  // number text: raw-text territory
  request = *sent.value;
  if (!ok)
    for (const auto& e : answer.find("errors")->items())
      expect(e.find("field")->text() != "request", "a well-formed JSON object was refused as a whole", text);
  const Value* asked = request.find("question");
  if (ok) expect(asked && dc::fuzz::same_json(*answer.find("question"), *asked), "the answer names another question", text);
  const Value* sent_id = request.find("id");  // an unknown field may have been named "id" too
  if (sent_id && (sent_id->is(Value::Type::string) || sent_id->is(Value::Type::number))) {
    const Value* echoed = answer.find("id");
    expect(echoed && dc::fuzz::same_json(*echoed, *sent_id), "the request's id does not come back", text);
  }
  if (untouched && shape.accepted) expect(ok, "the probed request, untouched, is refused", text);
  return 0;
}
