// The guarantee questions through the JSON API: the shared CSV vectors (also run by Node against
// the wasm module), and bad input answered with errors naming the field.
#include <catch2/catch.hpp>
#include <string>
#include <vector>
#include "api/answer.hpp"
#include "api/json.hpp"
#include "csv_vectors.hpp"

namespace {

using dc::json::Value;

std::vector<std::string> split(const std::string& text, char sep) {
  std::vector<std::string> out;
  if (text.empty()) return out;
  std::string cell;
  for (char c : text) {
    if (c == sep) out.push_back(cell), cell.clear();
    else cell += c;
  }
  out.push_back(cell);
  return out;
}

Value ask(const Value& request) {
  const auto parsed = dc::json::parse(dc::api::answer(dc::json::serialize(request)));
  REQUIRE(parsed.value);
  return *parsed.value;
}

void set_if(Value& v, const std::string& key, const std::string& cell) {
  if (!cell.empty()) v.set(key, cell);
}

void set_bool_if(Value& v, const std::string& key, const std::string& cell) {
  if (!cell.empty()) v.set(key, cell == "yes");
}

// "repair/2025-03-01/2025-03-11|replacement/2025-06-01/2025-06-05/yes"
Value history_json(const std::string& cell) {
  Value list = Value::array();
  for (const auto& entry : split(cell, '|')) {
    const auto parts = split(entry, '/');
    Value item = Value::object();
    item.set("kind", parts.at(0));
    item.set("immobilisedFrom", parts.at(1));
    if (parts.size() > 2) set_if(item, "returned", parts[2]);
    if (parts.size() > 3) set_bool_if(item, "afterRepairNotDone", parts[3]);
    list.push(std::move(item));
  }
  return list;
}

Value conformity_request(const dc::test::CsvRow& row) {
  Value r = Value::object();
  r.set("question", "conformity");
  r.set("item", row.at("item"));
  set_if(r, "contract", row.at("contract"));
  set_if(r, "delivered", row.at("delivered"));
  set_if(r, "condition", row.at("condition"));
  set_bool_if(r, "continuousSupply", row.at("continuous_supply"));
  set_if(r, "supplyEnd", row.at("supply_end"));
  set_if(r, "defectAppeared", row.at("defect_appeared"));
  set_if(r, "requested", row.at("requested"));
  if (!row.at("history").empty()) r.set("history", history_json(row.at("history")));
  r.set("today", row.at("today"));
  return r;
}

// The cell as the JSON text the answer must hold: "" is null, yes/no are booleans.
std::string expected_json(const std::string& cell, bool number = false) {
  if (cell.empty()) return "null";
  if (cell == "yes") return "true";
  if (cell == "no") return "false";
  return number ? cell : "\"" + cell + "\"";
}

std::string got(const Value& obj, const char* key) {
  const Value* v = obj.find(key);
  return v ? dc::json::serialize(*v) : std::string("<absent>");
}

std::string list_json(const std::string& cell) {
  std::string out = "[";
  for (const auto& item : split(cell, '|')) out += (out.size() > 1 ? ",\"" : "\"") + item + "\"";
  return out + "]";
}

void check_steps(const Value& steps) {
  REQUIRE(steps.is(Value::Type::array));
  CHECK(!steps.items().empty());
  for (const auto& s : steps.items()) {
    CHECK(!s.find("text")->text().empty());
    CHECK(!s.find("article")->text().empty());
    CHECK(s.find("url")->text().rfind("https://", 0) == 0);
  }
}

}  // namespace

TEST_CASE("guarantee_conformity.csv: every vector through the JSON API") {
  const auto rows = dc::test::read_vectors("guarantee_conformity.csv");
  CHECK(rows.size() >= 30);
  for (const auto& row : rows) {
    INFO(row.at("id") << ": " << row.at("why"));
    const Value r = ask(conformity_request(row));
    REQUIRE(got(r, "ok") == "true");
    CHECK(got(r, "outcome") == expected_json(row.at("expected_outcome")));
    CHECK(got(r, "regime") == expected_json(row.at("expected_regime")));
    CHECK(got(r, "missing") == (row.at("expected_missing").empty() ? "[]" : list_json(row.at("expected_missing"))));
    const Value& g = *r.find("guarantee");
    CHECK(got(g, "until") == expected_json(row.at("expected_until")));
    CHECK(got(g, "status") == expected_json(row.at("expected_status")));
    CHECK(got(g, "daysLeft") == expected_json(row.at("expected_days_left"), true));
    CHECK(got(g, "defectCovered") == expected_json(row.at("expected_defect_covered")));
    const std::string each = row.at("expected_until_each_repair");
    CHECK(got(g, "untilIfEachRepairExtends") == (each.empty() ? "<absent>" : expected_json(each)));
    const Value& p = *r.find("presumption");
    CHECK(got(p, "until") == expected_json(row.at("expected_presumption_until")));
    CHECK(got(p, "presumed") == expected_json(row.at("expected_presumed")));
    CHECK(got(p, "burdenOfProof") == expected_json(row.at("expected_burden")));
    const Value& m = *r.find("remedies");
    if (row.at("expected_available").empty()) {
      CHECK(m.is(Value::Type::null));
    } else {
      REQUIRE(m.is(Value::Type::object));
      CHECK(got(m, "available") == list_json(row.at("expected_available")));
      CHECK(got(m, "sellerDeadline") == expected_json(row.at("expected_seller_deadline")));
      CHECK(got(m, "reductionOrCancellationFrom") == expected_json(row.at("expected_reduction_from")));
    }
    check_steps(*r.find("steps"));
    check_steps(*r.find("information"));
  }
}

TEST_CASE("guarantee_hidden_defect.csv: every vector through the JSON API") {
  const auto rows = dc::test::read_vectors("guarantee_hidden_defect.csv");
  CHECK(rows.size() >= 10);
  for (const auto& row : rows) {
    INFO(row.at("id") << ": " << row.at("why"));
    Value req = Value::object();
    req.set("question", "hiddenDefect");
    set_if(req, "sale", row.at("sale"));
    set_if(req, "discovered", row.at("discovered"));
    set_bool_if(req, "sellerKnew", row.at("seller_knew"));
    req.set("today", row.at("today"));
    const Value r = ask(req);
    REQUIRE(got(r, "ok") == "true");
    CHECK(got(r, "outcome") == expected_json(row.at("expected_outcome")));
    CHECK(got(r, "missing") == (row.at("expected_missing").empty() ? "[]" : list_json(row.at("expected_missing"))));
    CHECK(got(r, "deadline") == expected_json(row.at("expected_deadline")));
    CHECK(got(r, "twoYearsFromDiscovery") == expected_json(row.at("expected_two_years")));
    CHECK(got(r, "twentyYearsFromSale") == expected_json(row.at("expected_twenty_years")));
    CHECK(got(r, "capped") == expected_json(row.at("expected_capped")));
    CHECK(got(r, "status") == expected_json(row.at("expected_status")));
    CHECK(got(r, "daysLeft") == expected_json(row.at("expected_days_left"), true));
    CHECK(got(r, "damages") == expected_json(row.at("expected_damages")));
    CHECK(got(r, "actions") == "[\"redhibitory\",\"estimatory\"]");
    check_steps(*r.find("steps"));
  }
}

namespace {

// The fields named by the errors of a request given as JSON text.
std::vector<std::string> error_fields(const std::string& request) {
  const auto parsed = dc::json::parse(dc::api::answer(request));
  REQUIRE(parsed.value);
  REQUIRE(parsed.value->find("ok")->as_bool() == false);
  std::vector<std::string> out;
  for (const auto& e : parsed.value->find("errors")->items()) out.push_back(e.find("field")->text());
  return out;
}

}  // namespace

TEST_CASE("conformity: impossible orders of dates are errors naming the field") {
  using V = std::vector<std::string>;
  CHECK(error_fields(R"({"question":"conformity","item":"goods","contract":"2025-02-01","delivered":"2025-01-31","today":"2025-03-01"})") ==
        V{"delivered"});
  CHECK(error_fields(R"({"question":"conformity","item":"goods","delivered":"2025-02-01","defectAppeared":"2025-01-31","today":"2025-03-01"})") ==
        V{"defectAppeared"});
  CHECK(error_fields(R"({"question":"conformity","item":"goods","defectAppeared":"2025-02-01","requested":"2025-01-31","today":"2025-03-01"})") ==
        V{"requested"});
  CHECK(error_fields(R"({"question":"conformity","item":"goods","delivered":"2025-03-02","today":"2025-03-01"})") ==
        V{"delivered"});
  CHECK(error_fields(R"({"question":"conformity","item":"goods","today":"2025-03-01","history":[{"kind":"repair","immobilisedFrom":"2025-02-10","returned":"2025-02-01"}]})") ==
        V{"history[0].returned"});
  CHECK(error_fields(R"({"question":"conformity","item":"goods","delivered":"2025-02-01","today":"2025-03-01","history":[{"kind":"repair","immobilisedFrom":"2025-01-10","returned":"2025-01-20"}]})") ==
        V{"history[0].immobilisedFrom"});
  CHECK(error_fields(R"({"question":"conformity","item":"goods","today":"2025-03-01","history":[{"kind":"repair","immobilisedFrom":"2025-02-01","returned":"2025-02-10"},{"kind":"repair","immobilisedFrom":"2025-02-05","returned":"2025-02-12"}]})") ==
        V{"history[1].immobilisedFrom"});
  CHECK(error_fields(R"({"question":"conformity","item":"goods","today":"2025-03-01","history":[{"kind":"repair","immobilisedFrom":"2025-02-01"},{"kind":"repair","immobilisedFrom":"2025-02-05","returned":"2025-02-12"}]})") ==
        V{"history[0].returned"});
  CHECK(error_fields(R"({"question":"conformity","item":"goods","today":"2025-03-01","history":[{"kind":"repair","immobilisedFrom":"2025-02-01","afterRepairNotDone":true}]})") ==
        V{"history[0].afterRepairNotDone"});
  CHECK(error_fields(R"({"question":"conformity","item":"goods","today":"2025-03-01","history":[{"kind":"fix","immobilisedFrom":"2025-02-01","colour":"red"}]})") ==
        V{"history[0].kind", "history[0].colour"});
  CHECK(error_fields(R"({"question":"conformity","item":"digital","today":"2025-03-01","history":[{"kind":"repair","immobilisedFrom":"2025-02-01"}]})") ==
        V{"history"});
  CHECK(error_fields(R"({"question":"conformity","item":"goods","continuousSupply":true,"today":"2025-03-01"})") ==
        V{"continuousSupply"});
  CHECK(error_fields(R"({"question":"conformity","item":"digital","delivered":"2025-02-01","continuousSupply":true,"supplyEnd":"2025-01-01","today":"2025-03-01"})") ==
        V{"supplyEnd"});
  CHECK(error_fields(R"({"question":"conformity","item":"phone","condition":"used","today":"2025-03-01"})") ==
        V{"item", "condition"});
  CHECK(error_fields(R"({"question":"conformity","item":"goods"})") == V{"today"});
  CHECK(error_fields(R"({"question":"conformity","item":"goods","today":"9978-01-01"})") == V{"today"});
}

TEST_CASE("conformity: a nested error names the entry in its message, in English too") {
  const auto parsed = dc::json::parse(dc::api::answer(
      R"({"question":"conformity","lang":"en","item":"goods","today":"2025-03-01","history":[{"kind":"repair","immobilisedFrom":"2025-02-30"}]})"));
  const Value& e = parsed.value->find("errors")->items().at(0);
  CHECK(e.find("field")->text() == "history[0].immobilisedFrom");
  const std::string& message = e.find("message")->text();
  CHECK(message.find("(history[0].immobilisedFrom)") != std::string::npos);
  CHECK(message.find("does not exist in the calendar") != std::string::npos);
}

TEST_CASE("hiddenDefect: impossible orders of dates are errors naming the field") {
  using V = std::vector<std::string>;
  CHECK(error_fields(R"({"question":"hiddenDefect","sale":"2025-02-01","discovered":"2025-01-31","today":"2025-03-01"})") ==
        V{"discovered"});
  CHECK(error_fields(R"({"question":"hiddenDefect","sale":"2025-04-01","today":"2025-03-01"})") == V{"sale"});
  CHECK(error_fields(R"({"question":"hiddenDefect","discovered":"2025-04-01","sellerKnew":"yes","today":"2025-03-01"})") ==
        V{"sellerKnew", "discovered"});
  CHECK(error_fields(R"({"question":"hiddenDefect","sale":"2025-01-01"})") == V{"today"});
}

TEST_CASE("both questions are listed by about") {
  const auto parsed = dc::json::parse(dc::api::answer(R"({"question":"about"})"));
  const std::string list = dc::json::serialize(*parsed.value->find("questions"));
  CHECK(list.find("\"conformity\"") != std::string::npos);
  CHECK(list.find("\"hiddenDefect\"") != std::string::npos);
}
