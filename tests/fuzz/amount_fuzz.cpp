// Fuzzes the amount reader (dc::read_amount, money/amount) and its twin the percent reader
// (dc::read_percent), on raw text, and the amount as the JSON API reads it (the refund question's
// "price" and "non-delivery-refund"'s "paid"). Checks:
//   - a reading is a value or an error, never both, never neither; a value is within 0..the maximum;
//   - an accepted text holds only digits, ',', '.', spaces and the unit (nothing else is read);
//   - the value is the text's digits, as a whole number, times 1, 10 or 100 (no digit invented,
//     dropped or moved);
//   - what write_amount / write_percent print for people, in French and English, reads back to the
//     same value;
//   - through the JSON API (inputs starting with a space), the answer keeps its contract and, when refused, names
//     the field; an amount the reader accepts is accepted there too.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include "api/answer.hpp"
#include "api/json.hpp"
#include "fuzz_checks.hpp"
#include "money/amount.hpp"
#include "money/percent.hpp"

namespace {

using dc::fuzz::expect;

// Only the characters the grammar of money/decimal.hpp allows, the unit included.
bool only_number_characters(std::string_view s, std::string_view unit) {
  for (std::size_t i = 0; i < s.size();) {
    const char c = s[i];
    if ((c >= '0' && c <= '9') || c == ',' || c == '.' || c == ' ' || c == '\t') { ++i; continue; }
    const std::string_view rest = s.substr(i);
    std::size_t n = 0;
    for (std::string_view allowed : {std::string_view("\xC2\xA0"), std::string_view("\xE2\x80\xAF"),
                                     std::string_view("\xE2\x80\x89"), unit})
      if (rest.substr(0, allowed.size()) == allowed) n = allowed.size();
    if (n == 0) return false;
    i += n;
  }
  return true;
}

// The ASCII digits of the text read as one whole number; nullopt past 18 significant digits.
std::optional<std::int64_t> digits_value(std::string_view s) {
  std::int64_t v = 0;
  int significant = 0;
  for (char c : s) {
    if (c < '0' || c > '9') continue;
    if (v > 0 || c != '0') ++significant;
    if (significant > 18) return std::nullopt;
    v = v * 10 + (c - '0');
  }
  return v;
}

void check_digits(std::string_view text, std::int64_t hundredths) {
  const auto d = digits_value(text);
  if (!d) return;
  expect(hundredths == *d || hundredths == *d * 10 || hundredths == *d * 100,
         "the value read is not the text's digits (x1, x10 or x100)", text);
}

void check_amount(std::string_view text) {
  const dc::AmountReading r = dc::read_amount(text);
  expect(r.cents.has_value() == (r.error == dc::DecimalError::none), "an amount with an error, or none without one", text);
  if (!r.cents) return;
  expect(*r.cents >= 0 && *r.cents <= dc::kMaxAmountCents, "an amount outside 0..kMaxAmountCents", text);
  expect(only_number_characters(text, "\xE2\x82\xAC"), "an amount accepted with a character that has no place in it", text);
  check_digits(text, *r.cents);
  for (const dc::Lang lang : {dc::Lang::fr, dc::Lang::en}) {
    const std::string written = dc::write_amount(*r.cents, lang);
    const dc::AmountReading back = dc::read_amount(written);
    expect(back.cents == r.cents, "write_amount does not read back to the same cents", written);
  }
}

void check_percent(std::string_view text) {
  constexpr int kMax = 100'00;
  const dc::PercentReading r = dc::read_percent(text, kMax);
  expect(r.hundredths.has_value() == (r.error == dc::DecimalError::none), "a percent with an error, or none without one", text);
  if (!r.hundredths) return;
  expect(*r.hundredths >= 0 && *r.hundredths <= kMax, "a percent outside 0..max", text);
  expect(only_number_characters(text, "%"), "a percent accepted with a character that has no place in it", text);
  check_digits(text, *r.hundredths);
  for (const dc::Lang lang : {dc::Lang::fr, dc::Lang::en}) {
    const std::string written = dc::write_percent(*r.hundredths, lang);
    expect(dc::read_percent(written, kMax).hundredths == r.hundredths, "write_percent does not read back", written);
  }
}

// The same text as the JSON API's amount fields receive it.
void check_through_api(std::string_view text) {
  const std::string value = dc::json::serialize(dc::json::Value(std::string(text)));
  const std::string requests[] = {
      R"({"question":"refund","contract":"goods","sellerInformed":"2026-03-02","territory":"metropole","today":"2026-04-20","price":)" + value + "}",
      R"({"question":"non-delivery-refund","refundDue":"2026-03-16","refunded":"2026-04-20","paid":)" + value + "}",
  };
  const char* fields[] = {"price", "paid"};
  // Bytes that are not UTF-8 are written as U+FFFD: the reader is given what the API receives.
  const auto sent = dc::json::parse(value);
  const std::string received = sent.value ? sent.value->text() : std::string(text);
  const dc::AmountReading direct = dc::read_amount(received);
  for (int i = 0; i < 2; ++i) {
    const dc::json::Value answer = dc::fuzz::expect_api_answer(dc::api::answer(requests[i]));
    if (!dc::json::parse(requests[i]).value) continue;  // invalid UTF-8: refused as a whole, checked above
    const bool ok = answer.find("ok")->as_bool();
    bool named = false;
    if (!ok)
      for (const auto& e : answer.find("errors")->items()) named = named || e.find("field")->text() == fields[i];
    // Refused by the reader (or zero: both fields want at least one cent) -> the field is named.
    if (!direct.cents || *direct.cents == 0) expect(!ok && named, "a refused amount is not named by the API", requests[i]);
    else expect(ok, "an amount the reader accepts is refused by the API", requests[i]);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > 4096) return 0;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  check_amount(text);
  check_percent(text);
  // The API path costs a thousand times the reader's: only inputs whose first byte is a space (or
  // 0x60, 0xA0, 0xE0: one in 64, chosen by the input itself so that a finding replays) take it too.
  if (size > 0 && (data[0] & 0x3F) == 0x20) check_through_api(text);
  return 0;
}
