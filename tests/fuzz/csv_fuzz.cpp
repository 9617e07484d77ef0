// Fuzzes the bulk check of an order file: the CSV reader alone (it always ends, moves forward, and
// never reads past the text), then the whole bulk entry dc::api::check_orders on the same bytes,
// whose result must be JSON, inert in HTML, ok with every row accounted for, or a failure naming a
// field. The first byte chooses the request (result as JSON or CSV, slice size, language).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include "api/bulk.hpp"
#include "api/json.hpp"
#include "bulk/csv_reader.hpp"
#include "fuzz_checks.hpp"

namespace {

using dc::json::Value;
using T = Value::Type;

void fuzz_reader(std::string_view text) {
  const char sep = dc::bulk::detect_separator(text);
  dc::fuzz::expect(sep == ';' || sep == ',' || sep == '\t', "detect_separator gave another character", text);
  dc::bulk::CsvReader reader(text, sep);
  dc::bulk::CsvRecord record;
  std::size_t last = 0, records = 0;
  while (reader.next(record)) {
    dc::fuzz::expect(reader.offset() > record.offset || reader.offset() == text.size(), "the reader did not move", text);
    dc::fuzz::expect(record.offset >= last && reader.offset() <= text.size(), "the reader went back or past the end", text);
    dc::fuzz::expect(!record.cells.empty(), "a record without cells", text);
    std::size_t bytes = 0;
    for (const auto& c : record.cells) bytes += c.size();
    dc::fuzz::expect(bytes <= reader.offset() - record.offset, "cells longer than the record's text", text);
    last = reader.offset();
    dc::fuzz::expect(++records <= text.size(), "more records than bytes", text);
  }
}

void fuzz_bulk(std::string_view csv, std::uint8_t choice) {
  std::string request = R"({"today":"2026-01-20","territory":"metropole")";
  if (choice & 1) request += R"(,"format":"csv")";
  if (choice & 2) request += R"(,"lang":"en")";
  if (choice & 4) request += R"(,"limit":)" + std::to_string(1 + (choice >> 3));
  request += '}';
  const std::string out = dc::api::check_orders(request, csv);
  dc::fuzz::expect_inert(out);
  const auto parsed = dc::json::parse(out);
  dc::fuzz::expect(parsed.value && parsed.value->is(T::object), "the result is not a JSON object", out);
  const Value& v = *parsed.value;
  const Value* ok = v.find("ok");
  dc::fuzz::expect(ok && ok->is(T::boolean), "no boolean ok", out);
  if (!ok->as_bool()) {
    const Value* errors = v.find("errors");
    dc::fuzz::expect(errors && errors->is(T::array) && !errors->items().empty(), "a failure without errors", out);
    for (const auto& e : errors->items())
      dc::fuzz::expect(e.find("field") && !e.find("field")->text().empty() && e.find("message") &&
                           !e.find("message")->text().empty(),
                       "an error without its field or message", out);
    return;
  }
  const Value* counts = v.find("counts");
  dc::fuzz::expect(counts && counts->find("rows"), "no counts", out);
  const long long rows = std::stoll(counts->find("rows")->text());
  if (choice & 4) dc::fuzz::expect(rows <= 1 + (choice >> 3), "more rows than the limit", out);
  if (choice & 1) return;
  const Value* list = v.find("rows");
  dc::fuzz::expect(list && static_cast<long long>(list->items().size()) == rows, "rows and counts disagree", out);
  for (const auto& r : list->items()) {
    const std::string status = r.find("status")->text();
    dc::fuzz::expect((status == "error") == (r.find("deadline") == nullptr), "a deadline and an error status", out);
    if (status == "error") dc::fuzz::expect(r.find("errors") != nullptr, "a row in error without its reason", out);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::string_view csv(reinterpret_cast<const char*>(data) + 1, size - 1);
  fuzz_reader(csv);
  fuzz_bulk(csv, data[0]);
  return 0;
}
