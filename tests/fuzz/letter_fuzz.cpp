// Fuzzes the letter generator through the "letter" question of the JSON API, with structured
// requests: one of the five kinds (withdrawal, refund, mediator, conformity, hiddenDefect), starting
// from a request that gives a letter, each field kept, dropped, nulled or replaced by a value of its
// own sort (a date moved by up to a few years, another text, an address of 0 to 8 lines, another
// choice, a number) or by a hostile value (markup, template markers such as "{{sending}}", control
// characters, 5000 characters); the kind's optional fields may be added. A few inputs in 16 also
// fuzz the template renderer itself (letters/letter_template) with any text and fields.
// Checks, beyond the answer's contract (fuzz_checks.hpp):
//   - a letter request keeps its kind; the untouched request still gives its letter;
//   - a letter: non-empty text, blocks from sender to signature, a file name
//     "droitconso-<kind>-YYYY-MM-DD.txt" dated the letter's date, no template marker left unless
//     the person typed one, and every name and free text typed appears verbatim (trimmed) in it;
//   - no letter: no "letter" member, and steps that say why;
//   - a well-formed letter request is never refused as a whole: each error names its field.
#include <fuzzer/FuzzedDataProvider.h>
#include <array>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>
#include "api/answer.hpp"
#include "api/json.hpp"
#include "calendar/iso_date.hpp"
#include "fuzz_checks.hpp"
#include "letters/letter_template.hpp"

namespace {

using dc::fuzz::expect;
using dc::json::Value;

enum class Sort { date, text, lines, email, choice, boolean, count, amount };

struct FieldSpec {
  std::string_view name;
  Sort sort;
  std::vector<std::string_view> choices = {};  // for Sort::choice
};

const std::vector<FieldSpec> kCommon = {
    {"today", Sort::date},        {"letterDate", Sort::date},        {"senderName", Sort::text},
    {"senderAddress", Sort::lines}, {"senderEmail", Sort::email},    {"sellerName", Sort::text},
    {"sellerAddress", Sort::lines}, {"sellerEmail", Sort::email},    {"place", Sort::text},
    {"orderReference", Sort::text}, {"registered", Sort::boolean},   {"lang", Sort::choice, {"fr", "en"}},
};

struct Kind {
  std::string_view name;
  std::string_view base;  // the kind's own fields of a request that gives a letter
  std::vector<FieldSpec> fields;
};

const std::vector<Kind>& kinds() {
  static const std::vector<Kind> k = {
      {"withdrawal",
       R"("today":"2026-01-20","product":"Grille-pain","received":"2026-01-14","territory":"metropole")",
       {{"product", Sort::text},
        {"received", Sort::date},
        {"ordered", Sort::date},
        {"concluded", Sort::date},
        {"territory", Sort::choice, {"metropole", "alsace-moselle", "guadeloupe", "martinique", "guyane", "reunion", "mayotte", "monaco"}},
        {"contract", Sort::choice, {"goods", "service", "subscription", "utility", "digital-content"}},
        {"infoGiven", Sort::boolean},
        {"informationReceived", Sort::date}}},
      {"refund",
       R"("today":"2026-04-20","product":"Grille-pain","price":"249,90","delivery":"4,99","contract":"goods","sellerInformed":"2026-03-02","territory":"metropole","sellerCollects":true,"withdrawalSent":"2026-03-01")",
       {{"product", Sort::text},
        {"price", Sort::amount},
        {"delivery", Sort::amount},
        {"premiumDelivery", Sort::amount},
        {"priceCents", Sort::count},
        {"contract", Sort::choice, {"goods", "service"}},
        {"sellerInformed", Sort::date},
        {"withdrawalSent", Sort::date},
        {"goodsSentBack", Sort::date},
        {"goodsReceivedBack", Sort::date},
        {"proofOfShipmentSent", Sort::date},
        {"refundDue", Sort::date},
        {"refunded", Sort::date},
        {"sellerCollects", Sort::boolean},
        {"territory", Sort::choice, {"metropole", "alsace-moselle", "guadeloupe", "mayotte"}},
        {"noticeDays", Sort::count},
        {"legalRatePercent", Sort::amount}}},
      {"mediator",
       R"("today":"2026-03-10","mediatorName":"Médiateur du e-commerce","mediatorAddress":["60 rue La Boétie","75008 Paris"],"complaintSent":"2026-02-10","noticeSent":"2026-02-20","dispute":"Pas de remboursement.","claim":"Le remboursement.")",
       {{"mediatorName", Sort::text},
        {"mediatorAddress", Sort::lines},
        {"mediatorEmail", Sort::email},
        {"complaintSent", Sort::date},
        {"noticeSent", Sort::date},
        {"noticeDays", Sort::count},
        {"sellerAnswered", Sort::date},
        {"sellerAnswer", Sort::text},
        {"dispute", Sort::text},
        {"claim", Sort::text},
        {"product", Sort::text},
        {"ordered", Sort::date}}},
      {"conformity",
       R"("today":"2026-03-10","product":"Grille-pain","ordered":"2025-11-10","delivered":"2025-11-14","defect":"Panne","remedy":"replacement","priceCents":12990)",
       {{"product", Sort::text},
        {"ordered", Sort::date},
        {"delivered", Sort::date},
        {"noticed", Sort::date},
        {"defect", Sort::text},
        {"remedy", Sort::choice, {"repair", "replacement"}},
        {"condition", Sort::choice, {"new", "secondHand"}},
        {"priceCents", Sort::count}}},
      {"hiddenDefect",
       R"("today":"2026-03-10","product":"Armoire","bought":"2025-06-10","discovered":"2026-03-01","defect":"Vermoulue.","remedy":"returnAndRefund","priceCents":145000,"sellerKnew":true)",
       {{"product", Sort::text},
        {"bought", Sort::date},
        {"delivered", Sort::date},
        {"discovered", Sort::date},
        {"defect", Sort::text},
        {"remedy", Sort::choice, {"returnAndRefund", "partialRefund"}},
        {"sellerKnew", Sort::boolean},
        {"priceCents", Sort::count},
        {"noticeDays", Sort::count}}},
  };
  return k;
}

constexpr std::string_view kParties =
    R"("senderName":"Zoé Œuvray","senderAddress":["12 rue des Lilas","69001 Lyon"],"senderEmail":"zoe@example.org",)"
    R"("sellerName":"Boutique Exemple SAS","sellerAddress":["3 avenue du Commerce","75002 Paris"],"place":"Lyon",)";

Value base_request(const Kind& kind) {
  const std::string text = R"({"question":"letter","kind":")" + std::string(kind.name) + "\"," + std::string(kParties) +
                           std::string(kind.base) + "}";
  return *dc::json::parse(text).value;
}

constexpr std::string_view kHostile[] = {
    "<img src=x onerror=alert(1)>", "<script>alert(\"x\")</script>", "{{sending}}", "{{#product}}x{{/product}}",
    "{{^before2022}}", "{{", "}}", "@body", "@closing\nMadame", "&amp;&lt;", "\xE2\x80\xAE" "bidi", "a\tb",
    "line\nbreak", "\r\n", "2026-01-14", "\xEF\xBC\x92\xEF\xBC\x90\xEF\xBC\x92\xEF\xBC\x96-01-14", "", "   ",
    "\xC2\x85", "NaN", "1e309", "-1", "0", "\xF0\x9F\x98\x80 emoji", "Œuvray l’Haÿ-les-Roses", "%s%n%x", "\\u0000"};

std::string date_text(date::sys_days base, int shift) { return dc::iso_date(base + date::days{shift}); }

Value fuzz_value(FuzzedDataProvider& in, const FieldSpec& spec, const Value* good) {
  const int hostile = in.ConsumeIntegralInRange(0, 9);
  if (hostile == 0) return std::string(kHostile[in.ConsumeIntegralInRange<std::size_t>(0, std::size(kHostile) - 1)]);
  if (hostile == 1) {
    switch (in.ConsumeIntegralInRange(0, 5)) {
      case 0: return nullptr;
      case 1: return in.ConsumeBool();
      case 2: return static_cast<long long>(in.ConsumeIntegral<std::int64_t>());
      case 3: return Value::array().push(good ? *good : Value("x"));
      case 4: return Value::object();
      default: return in.ConsumeRandomLengthString(64);
    }
  }
  switch (spec.sort) {
    case Sort::date: {
      date::sys_days base{date::year{2026} / 3 / 1};
      if (good && good->is(Value::Type::string))
        if (const auto r = dc::read_iso_date(good->text()); r.day) base = *r.day;
      switch (in.ConsumeIntegralInRange(0, 3)) {
        case 0: return date_text(base, in.ConsumeIntegralInRange(-40, 40));
        case 1: return date_text(base, in.ConsumeIntegralInRange(-1200, 1200));
        case 2: return date_text(date::sys_days{date::year{1583} / 1 / 1}, in.ConsumeIntegralInRange(0, 3'000'000));
        default: return date_text(base, in.ConsumeIntegralInRange(-10, 10) * 365);
      }
    }
    case Sort::text:
      switch (in.ConsumeIntegralInRange(0, 3)) {
        case 0: return std::string(in.ConsumeIntegralInRange<std::size_t>(0, 5000), in.ConsumeBool() ? 'a' : ' ');
        case 1: return std::string(kHostile[in.ConsumeIntegralInRange<std::size_t>(0, std::size(kHostile) - 1)]) + " " +
                       in.ConsumeRandomLengthString(40);
        default: return in.ConsumeRandomLengthString(200);
      }
    case Sort::lines: {
      Value lines = Value::array();
      for (int n = in.ConsumeIntegralInRange(0, 8); n > 0; --n)
        lines.push(in.ConsumeBool() ? Value(in.ConsumeRandomLengthString(140))
                                    : Value(std::string(kHostile[in.ConsumeIntegralInRange<std::size_t>(0, std::size(kHostile) - 1)])));
      return lines;
    }
    case Sort::email:
      return in.ConsumeRandomLengthString(20) + (in.ConsumeBool() ? "@" : "") + in.ConsumeRandomLengthString(20);
    case Sort::choice:
      if (in.ConsumeIntegralInRange(0, 5) == 0) return in.ConsumeRandomLengthString(16);
      return std::string(spec.choices[in.ConsumeIntegralInRange<std::size_t>(0, spec.choices.size() - 1)]);
    case Sort::boolean: return in.ConsumeBool();
    case Sort::count:
      switch (in.ConsumeIntegralInRange(0, 2)) {
        case 0: return in.ConsumeIntegralInRange(-2, 120);
        case 1: return static_cast<long long>(in.ConsumeIntegralInRange<std::int64_t>(-1, 20'000'000'000'000LL));
        default: return Value::number_text(in.ConsumeBool() ? "1e309" : "12.5");
      }
    case Sort::amount:
      switch (in.ConsumeIntegralInRange(0, 2)) {
        case 0: return std::to_string(in.ConsumeIntegralInRange(0, 100000)) + "," + std::to_string(in.ConsumeIntegralInRange(10, 99));
        case 1: return in.ConsumeRandomLengthString(20);
        default: return std::string(in.ConsumeBool() ? "1 000 000 000,00 €" : "1000000000,01");
      }
  }
  return nullptr;
}

const FieldSpec* spec_of(const Kind& kind, std::string_view field) {
  for (const auto& s : kind.fields)
    if (s.name == field) return &s;
  for (const auto& s : kCommon)
    if (s.name == field) return &s;
  return nullptr;
}

// The text as the letter keeps it: trimmed (spaces, tabs and line ends at both ends).
std::string_view trimmed(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\n' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// How the letter keeps a long text: lines that hold only spaces or tabs separate paragraphs, and
// one or more of them make one paragraph break (letters/letter.cpp), so compare with that.
std::string as_paragraphs(std::string_view s) {
  std::string out;
  bool pending_break = false;
  while (!s.empty()) {
    const auto end = s.find('\n');
    const std::string_view line = s.substr(0, end);
    s = end == std::string_view::npos ? std::string_view{} : s.substr(end + 1);
    if (line.find_first_not_of(" \t") == std::string_view::npos) {
      pending_break = !out.empty();
      continue;
    }
    if (!out.empty()) out += pending_break ? "\n\n" : "\n";
    pending_break = false;
    out += line;
  }
  return out;
}

void check_letter(const Value& request, const Value& answer, const std::string& text_in) {
  const Value* letter = answer.find("letter");
  const bool applies = answer.find("applies") && answer.find("applies")->as_bool();
  expect(answer.find("applies") && answer.find("applies")->is(Value::Type::boolean), "a letter answer without applies", text_in);
  const Value* steps = answer.find("steps");
  expect(steps && steps->is(Value::Type::array), "a letter answer without steps", text_in);
  if (!applies) {
    expect(!letter, "applies is false but a letter is given", text_in);
    expect(!steps->items().empty(), "no letter, and no step says why", text_in);
    return;
  }
  expect(letter && letter->is(Value::Type::object), "applies is true but no letter is given", text_in);
  const std::string& text = letter->find("text")->text();
  expect(!text.empty(), "an empty letter", text_in);
  const auto& blocks = letter->find("blocks")->items();
  expect(blocks.size() >= 3, "a letter with fewer than three blocks", text_in);
  expect(blocks.front().find("type")->text() == "sender", "a letter that does not start with the sender", text_in);
  expect(blocks.back().find("type")->text() == "signature", "a letter that does not end with the signature", text_in);
  // The file name carries the kind and the letter's date.
  const std::string kind = request.find("kind")->text();
  const Value* letter_date = request.find("letterDate");
  // An empty optional date is "not given" (api/request): the letter is then dated today.
  const bool dated = letter_date && letter_date->is(Value::Type::string) && !letter_date->text().empty();
  const std::string day = dated ? letter_date->text() : request.find("today")->text();
  expect(letter->find("filename")->text() == "droitconso-" + kind + "-" + day + ".txt", "the file name is not droitconso-<kind>-<date>.txt",
         text_in);
  // What was typed comes out verbatim, and a template marker only when typed.
  bool typed_marker = false;
  for (const auto& [field, value] : request.members()) {
    if (value.is(Value::Type::string)) {
      typed_marker = typed_marker || value.text().find("{{") != std::string::npos;
      if (field == "senderName" || field == "sellerName" || field == "place" || field == "dispute" || field == "claim" ||
          field == "defect" || (field == "product" && kind != "mediator")) {
        const std::string typed = as_paragraphs(trimmed(value.text()));
        // Multi-line texts have "\r\n" read as "\n": compare those without a carriage return only.
        if (typed.find('\r') == std::string::npos)
          expect(text.find(typed) != std::string::npos, "a text the person typed is not in the letter verbatim", text_in);
      }
    }
    if (value.is(Value::Type::array))
      for (const auto& line : value.items())
        typed_marker = typed_marker || (line.is(Value::Type::string) && line.text().find("{{") != std::string::npos);
  }
  if (!typed_marker) expect(text.find("{{") == std::string::npos, "a template marker is left in the letter", text_in);
}

void fuzz_template(FuzzedDataProvider& in) {
  dc::letters::Fields fields;
  for (int n = in.ConsumeIntegralInRange(0, 4); n > 0; --n) fields[in.ConsumeRandomLengthString(12)] = in.ConsumeRandomLengthString(40);
  const std::string source = in.ConsumeRemainingBytesAsString();
  const std::string out = dc::letters::render(source, fields);
  if (source.find("{{") == std::string::npos) expect(out == source, "a text without markers is changed by render", source);
  (void)dc::letters::placeholders(source);
  for (const auto& name : dc::letters::section_names(source)) (void)dc::letters::template_section(source, name);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  FuzzedDataProvider in(data, size);
  if (in.ConsumeIntegralInRange(0, 15) == 0) {
    fuzz_template(in);
    return 0;
  }
  const Kind& kind = kinds()[in.ConsumeIntegralInRange<std::size_t>(0, kinds().size() - 1)];
  const Value base = base_request(kind);
  Value request = Value::object();
  bool untouched = true;
  for (const auto& [field, value] : base.members()) {
    const FieldSpec* spec = spec_of(kind, field);
    const int action = spec ? in.ConsumeIntegralInRange(0, 7) : 0;  // question and kind are kept
    if (action <= 4) request.set(field, value);
    else if (action == 6) request.set(field, fuzz_value(in, *spec, &value));
    else if (action == 7) request.set(field, nullptr);
    untouched = untouched && action <= 4;
  }
  for (int extra = in.ConsumeIntegralInRange(0, 4); extra > 0; --extra) {
    const bool common = in.ConsumeBool();
    const auto& list = common ? kCommon : kind.fields;
    const FieldSpec& spec = list[in.ConsumeIntegralInRange<std::size_t>(0, list.size() - 1)];
    request.set(std::string(spec.name), fuzz_value(in, spec, request.find(spec.name)));
    untouched = false;
  }

  const std::string text = dc::json::serialize(request);
  const Value answer = dc::fuzz::expect_api_answer(dc::api::answer(text));
  // What the API received: bytes that are not UTF-8 in a random string are written as U+FFFD
  // (json::serialize), so "what was typed" is the request as read back, not the raw bytes.
  const auto sent = dc::json::parse(text);
  if (!sent.value) return 0;
  const bool ok = answer.find("ok")->as_bool();
  if (untouched) expect(ok && answer.find("applies")->as_bool(), "the base request, untouched, gives no letter", text);
  if (!ok) {
    for (const auto& e : answer.find("errors")->items())
      expect(e.find("field")->text() != "request", "a well-formed letter request was refused as a whole", text);
    return 0;
  }
  expect(answer.find("kind") && answer.find("kind")->text() == kind.name, "the answer names another kind", text);
  check_letter(*sent.value, answer, text);
  return 0;
}
