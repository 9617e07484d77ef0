// The JSON API of the withdrawal questions ("withdrawal", "eligibility", "extension"): shapes,
// backward compatibility of the first "withdrawal" request, errors that name the field.
#include <catch2/catch.hpp>
#include "api/answer.hpp"
#include "api/json.hpp"

using dc::json::Value;

namespace {

Value ask(const std::string& request) {
  auto parsed = dc::json::parse(dc::api::answer(request));
  REQUIRE(parsed.value);
  return *parsed.value;
}

const Value& at(const Value& v, std::string_view key) {
  const Value* found = v.find(key);
  INFO("missing key " << key);
  REQUIRE(found);
  return *found;
}

std::vector<std::string> fields_of(const Value& missing) {
  std::vector<std::string> out;
  for (const auto& m : missing.items()) out.push_back(at(m, "field").text());
  return out;
}

}  // namespace

TEST_CASE("The first withdrawal request keeps its fields and values") {
  const Value r = ask(R"({"question":"withdrawal","contract":"goods","received":"2026-01-14","territory":"metropole","today":"2026-01-20"})");
  CHECK(at(r, "ok").as_bool());
  CHECK(at(at(r, "deadline"), "safe").text() == "2026-01-28");
  CHECK(at(at(r, "deadline"), "latest").text() == "2026-01-28");
  CHECK(at(r, "status").text() == "open");
  CHECK(at(r, "daysLeft").text() == "8");
  CHECK(at(r, "steps").items().size() == 4);
  CHECK(at(r, "outcome").text() == "cannot-tell");
  CHECK(fields_of(at(r, "missing")).front() == "seller");
  CHECK_FALSE(r.find("warnings"));
}

TEST_CASE("Missing inputs carry their questions in both languages and their options") {
  const Value r = ask(R"({"question":"eligibility","lang":"en"})");
  CHECK(at(r, "outcome").text() == "cannot-tell");
  const auto& missing = at(r, "missing").items();
  REQUIRE(missing.size() == 6);
  const Value& seller = missing[0];
  CHECK(at(seller, "field").text() == "seller");
  CHECK(at(seller, "type").text() == "choice");
  CHECK(at(seller, "group").text() == "scope");
  CHECK(at(at(seller, "question"), "fr").text() == "Le vendeur est-il un professionnel ou un particulier ?");
  CHECK(at(at(seller, "question"), "en").text().find("Is the seller") == 0);
  CHECK(at(at(seller, "options").items()[1], "value").text() == "private");
  CHECK(at(missing[2], "options").items().size() == 13);  // territories, the four others included
  CHECK(at(missing[5], "type").text() == "date");
}

TEST_CASE("Exclusion questions name their number and article") {
  const Value r = ask(R"({"question":"eligibility","seller":"professional","channel":"distance","territory":"metropole","contract":"goods","sector":"none","concluded":"2026-01-05","hygieneProduct":true})");
  const auto& missing = at(r, "missing").items();
  const Value* unsealed = nullptr;
  for (const auto& m : missing)
    if (at(m, "field").text() == "unsealed") unsealed = &m;
  REQUIRE(unsealed);
  CHECK(at(*unsealed, "exclusion").text() == "5");
  CHECK(at(*unsealed, "article").text() == "L221-28");
  CHECK(at(*unsealed, "type").text() == "boolean");
}

TEST_CASE("Does not apply: the reason, its article, what still applies, and no dates") {
  const Value r = ask(R"({"question":"withdrawal","contract":"goods","received":"2026-01-14","territory":"metropole","today":"2026-01-20","personalised":true})");
  CHECK(at(r, "outcome").text() == "does-not-apply");
  CHECK(at(at(r, "reason"), "code").text() == "exclusion");
  CHECK(at(at(r, "reason"), "exclusion").text() == "3");
  CHECK(at(at(r, "reason"), "article").text() == "L221-28");
  CHECK(at(r, "consequences").items().size() == 2);
  CHECK_FALSE(r.find("deadline"));
  CHECK_FALSE(r.find("missing"));

  const Value nc = ask(R"({"question":"withdrawal","contract":"goods","received":"2026-01-14","territory":"polynesie-francaise","today":"2026-01-20"})");
  CHECK(at(nc, "ok").as_bool());
  CHECK(at(at(nc, "reason"), "code").text() == "territory");
  const Value old = ask(R"({"question":"eligibility","concluded":"2014-06-01"})");
  CHECK(at(at(old, "reason"), "code").text() == "before-2014-06-14");
}

TEST_CASE("Every start rule through the API, and the start date each kind requires") {
  const Value service = ask(R"({"question":"withdrawal","contract":"service","concluded":"2026-04-30","territory":"metropole","today":"2026-05-05"})");
  CHECK(at(at(service, "start"), "rule").text() == "conclusion");
  CHECK(at(at(service, "deadline"), "safe").text() == "2026-05-15");
  const Value offp = ask(R"({"question":"withdrawal","contract":"goods","channel":"off-premises","concluded":"2026-03-10","received":"2026-03-20","territory":"metropole","today":"2026-03-25"})");
  CHECK(at(at(offp, "start"), "mayWithdrawFrom").text() == "2026-03-10");
  const Value no_date = ask(R"({"question":"withdrawal","contract":"service","territory":"metropole","today":"2026-05-05"})");
  CHECK_FALSE(at(no_date, "ok").as_bool());
  CHECK(at(at(no_date, "errors").items()[0], "field").text() == "concluded");
  const Value no_receipt = ask(R"({"question":"withdrawal","contract":"goods-several","received":"","territory":"metropole","today":"2026-05-05"})");
  CHECK(at(at(no_receipt, "errors").items()[0], "message").text().find("(received) manque") != std::string::npos);
}

TEST_CASE("Dates in an impossible order are errors naming the field") {
  const Value r = ask(R"({"question":"withdrawal","contract":"goods","concluded":"2026-02-01","received":"2026-01-14","territory":"metropole","today":"2026-02-20"})");
  CHECK_FALSE(at(r, "ok").as_bool());
  CHECK(at(at(r, "errors").items()[0], "field").text() == "received");
  const Value future = ask(R"({"question":"withdrawal","contract":"goods","received":"2026-01-14","withdrawalSent":"2026-03-01","territory":"metropole","today":"2026-02-20"})");
  CHECK(at(at(future, "errors").items()[0], "field").text() == "withdrawalSent");
  const Value bad = ask(R"({"question":"eligibility","personalised":"oui"})");
  CHECK(at(at(bad, "errors").items()[0], "field").text() == "personalised");
  const Value seller = ask(R"({"question":"eligibility","seller":"company"})");
  CHECK(at(at(seller, "errors").items()[0], "message").text().find("professional, private") != std::string::npos);
}

TEST_CASE("The extension through the API, and the longer period shown when the information is unknown") {
  const Value x = ask(R"({"question":"extension","initialEnd":"2025-05-10","territory":"metropole"})");
  CHECK(at(at(x, "end"), "safe").text() == "2026-05-11");
  CHECK(at(x, "rule").text() == "twelve-months");
  const Value closed = ask(R"({"question":"withdrawal","contract":"goods","received":"2026-01-14","territory":"metropole","today":"2026-03-01"})");
  CHECK(at(closed, "status").text() == "closed");
  CHECK(fields_of(at(closed, "missing")).back() == "infoGiven");
  CHECK(at(at(at(closed, "ifNotInformed"), "deadline"), "safe").text() == "2027-01-28");
  CHECK(at(at(closed, "ifNotInformed"), "status").text() == "open");
  const Value extended = ask(R"({"question":"withdrawal","contract":"goods","received":"2026-01-14","territory":"metropole","today":"2026-03-01","infoGiven":false})");
  CHECK(at(extended, "status").text() == "open");
  CHECK(at(at(extended, "deadline"), "safe").text() == "2027-01-28");
  CHECK(at(at(extended, "initialDeadline"), "safe").text() == "2026-01-28");
  CHECK(at(at(extended, "extension"), "rule").text() == "twelve-months");
}

TEST_CASE("Return and refund due dates in the withdrawal result") {
  const Value r = ask(R"({"question":"withdrawal","contract":"goods","received":"2026-01-14","territory":"metropole","today":"2026-02-20",
    "withdrawalSent":"2026-01-27","sellerInformed":"2026-01-28","sellerCollects":false,"proofOfShipmentSent":"2026-02-13",
    "priceCents":5000,"deliveryCents":1500,"standardDeliveryCents":499,"returnCostInformed":true,"sellerPaysReturn":false})");
  CHECK(at(r, "sentInTime").text() == "yes");
  const Value& ret = at(r, "returnBy");
  CHECK(at(ret, "safe").text() == "2026-02-10");
  CHECK(at(ret, "sellerCollects").as_bool() == false);
  CHECK(at(ret, "costPayer").text() == "consumer");
  CHECK(at(ret, "depreciation").text() == "unknown");
  const Value& refund = at(r, "refundDue");
  CHECK(at(refund, "safe").text() == "2026-02-13");
  CHECK(at(refund, "decidedBy").text() == "proof-of-shipment");
  CHECK(at(at(refund, "fourteenDays"), "safe").text() == "2026-02-11");
  CHECK(at(refund, "amountCents").text() == "5499");
  CHECK(at(at(r, "howTo"), "onlineFunction").text() == "depends");
}
