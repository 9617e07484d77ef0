// The "refund" and "non-delivery-refund" questions through the public JSON API (api/answer.hpp).
#include <catch2/catch.hpp>
#include <string>
#include "api/answer.hpp"
#include "api/json.hpp"
#include "csv_vectors.hpp"

namespace {

dc::json::Value ask(const std::string& request) {
  const auto parsed = dc::json::parse(dc::api::answer(request));
  REQUIRE(parsed.value);
  return *parsed.value;
}

const dc::json::Value& at(const dc::json::Value& v, std::string_view key) {
  const auto* found = v.find(key);
  INFO("missing key " << key << " in " << dc::json::serialize(v));
  REQUIRE(found);
  return *found;
}

long long integer(const dc::json::Value& v, std::string_view key) { return std::stoll(at(v, key).text()); }
bool ok(const dc::json::Value& v) { return at(v, "ok").as_bool(); }

// The first error: its field and message.
std::pair<std::string, std::string> first_error(const dc::json::Value& v) {
  REQUIRE_FALSE(ok(v));
  const auto& e = at(v, "errors").items().at(0);
  return {at(e, "field").text(), at(e, "message").text()};
}

std::string refund_with_price(const std::string& price_json) {
  return R"({"question":"refund","price":)" + price_json + R"(,"refundDue":"2026-03-16","refunded":"2026-03-26"})";
}

}  // namespace

TEST_CASE("API: every row of late_refund.csv") {
  for (const auto& row : dc::test::read_vectors("late_refund.csv")) {
    INFO(row.at("why"));
    const auto r = ask(R"({"question":"refund","priceCents":)" + row.at("price_cents") + R"(,"deliveryCents":)" +
                       row.at("delivery_cents") + R"(,"refundDue":")" + row.at("refund_due") + R"(","refunded":")" +
                       row.at("refunded") + R"("})");
    REQUIRE(ok(r));
    CHECK(integer(r, "daysLate") == std::stoll(row.at("expected_days_late")));
    CHECK(integer(at(r, "increase"), "cents") == std::stoll(row.at("expected_increase_cents")));
    CHECK(integer(at(r, "totalDue"), "cents") ==
          std::stoll(row.at("price_cents")) + std::stoll(row.at("delivery_cents")) + std::stoll(row.at("expected_increase_cents")));
  }
}

TEST_CASE("API: amounts as typed, or in cents, and the result in cents with its text") {
  auto r = ask(refund_with_price(R"("1 249,90 €")"));
  REQUIRE(ok(r));
  CHECK(integer(at(r, "sumsDue"), "cents") == 124990);
  CHECK(at(at(r, "sumsDue"), "text").text() == "1\xE2\x80\xAF" "249,90\xC2\xA0\xE2\x82\xAC");
  CHECK(integer(at(ask(refund_with_price(R"("249.90")")), "sumsDue"), "cents") == 24990);
  CHECK(integer(at(ask(refund_with_price("\"1\xC2\xA0" "249,90\"")), "sumsDue"), "cents") == 124990);
  r = ask(R"({"question":"refund","lang":"en","priceCents":24990,"refundDue":"2026-03-16","refunded":"2026-03-26"})");
  REQUIRE(ok(r));
  CHECK(at(at(r, "sumsDue"), "text").text() == "\xE2\x82\xAC" "249.90");
}

TEST_CASE("API: malformed amounts are refused, the field named") {
  for (const std::string bad : {R"("abc")", R"("-5")", R"("1e309")", R"("12,345,67")", R"("NaN")", R"("1,249")",
                                R"("2000000000")", R"("249,999")", R"("0")", R"(249.9)", R"(true)", R"("")"}) {
    INFO(bad);
    const auto [field, message] = first_error(ask(refund_with_price(bad)));
    CHECK(field == "price");
    CHECK(message.find("(price)") != std::string::npos);
  }
  CHECK(first_error(ask(refund_with_price(R"("-5")"))).second.find("négatif") != std::string::npos);
  CHECK(first_error(ask(refund_with_price(R"("12,345,67")"))).second.find("trois chiffres") != std::string::npos);
  CHECK(first_error(ask(refund_with_price(R"("1,249")"))).second.find("ambigu") != std::string::npos);
  CHECK(first_error(ask(refund_with_price(R"("2000000000")"))).second.find("maximum") != std::string::npos);

  auto e = first_error(ask(R"({"question":"refund","price":"10","priceCents":1000,"refundDue":"2026-03-16","refunded":"2026-03-26"})"));
  CHECK(e.first == "price");
  e = first_error(ask(R"({"question":"refund","priceCents":-5,"refundDue":"2026-03-16","refunded":"2026-03-26"})"));
  CHECK(e.first == "priceCents");
  e = first_error(ask(R"({"question":"refund","priceCents":100000000001,"refundDue":"2026-03-16","refunded":"2026-03-26"})"));
  CHECK(e.first == "priceCents");
  e = first_error(ask(R"({"question":"refund","price":"10","delivery":"abc","refundDue":"2026-03-16","refunded":"2026-03-26"})"));
  CHECK(e.first == "delivery");
  CHECK(e.second.find("(delivery)") != std::string::npos);
  e = first_error(ask(R"({"question":"refund","lang":"en","price":"10","legalRatePercent":"abc","refundDue":"2026-03-16","refunded":"2026-03-26"})"));
  CHECK(e.first == "legalRatePercent");
  CHECK(e.second.find("is not a rate") != std::string::npos);
  e = first_error(ask(R"({"question":"refund","price":"10","legalRatePercent":"45","refundDue":"2026-03-16","refunded":"2026-03-26"})"));
  CHECK(e.first == "legalRatePercent");
  e = first_error(ask(R"({"question":"refund","price":"10","refundDue":"2026-03-16"})"));
  CHECK(e.first == "refunded");
  e = first_error(ask(R"({"question":"refund","price":"10","refundDue":"2026-03-16","refunded":"2026-04-01","today":"2026-03-20"})"));
  CHECK(e.first == "refunded");
  e = first_error(ask(R"({"question":"refund","price":"10","refundDue":"2014-12-31","refunded":"2015-01-20"})"));
  CHECK(e.first == "refundDue");
}

TEST_CASE("API: the due date from the facts of section 5, and which rule set it") {
  auto r = ask(R"({"question":"refund","price":"200","contract":"goods","sellerInformed":"2026-03-02","territory":"metropole",)"
               R"("sellerCollects":false,"goodsReceivedBack":"2026-03-20","proofOfShipmentSent":"2026-03-24","refunded":"2026-04-20"})");
  REQUIRE(ok(r));
  CHECK(at(at(r, "refundDue"), "date").text() == "2026-03-20");
  CHECK(at(at(r, "refundDue"), "rule").text() == "goods-received-back");
  CHECK(integer(r, "daysLate") == 31);
  CHECK(integer(at(r, "increase"), "cents") == 4000);

  r = ask(R"({"question":"refund","price":"200","contract":"services","sellerInformed":"2026-03-07","territory":"metropole","refunded":"2026-03-30"})");
  CHECK(at(at(r, "refundDue"), "date").text() == "2026-03-23");  // Saturday 21 -> Monday 23
  CHECK(at(at(r, "refundDue"), "rule").text() == "informed-plus-14-days");
  CHECK(integer(r, "daysLate") == 7);

  // Alsace-Moselle, Good Friday: the safe date, and the reading with the later one.
  r = ask(R"({"question":"refund","price":"200","contract":"services","sellerInformed":"2026-03-20","territory":"alsace-moselle","refunded":"2026-04-14"})");
  CHECK(at(at(r, "refundDue"), "date").text() == "2026-04-03");
  CHECK(at(at(r, "refundDue"), "latest").text() == "2026-04-07");
  bool found = false;
  for (const auto& reading : at(at(r, "increase"), "readings").items())
    if (at(reading, "id").text() == "due-safe-date") found = integer(reading, "alternativeCents") == 26;
  CHECK(found);
  CHECK(integer(at(at(r, "increase"), "prudent"), "cents") == 26);
}

TEST_CASE("API: cannot tell yet, with the missing fields") {
  auto r = ask(R"({"question":"refund","price":"200","contract":"goods","sellerInformed":"2026-03-02","territory":"metropole","today":"2026-04-20"})");
  REQUIRE(ok(r));
  CHECK(at(r, "status").text() == "cannot-tell-yet");
  CHECK(at(r, "missing").items().at(0).text() == "sellerCollects");
  r = ask(R"({"question":"refund","price":"200","contract":"goods","sellerInformed":"2026-03-02","territory":"metropole","sellerCollects":false,"today":"2026-04-20"})");
  CHECK(at(r, "status").text() == "cannot-tell-yet");
  CHECK(at(r, "missing").items().size() == 2);
  CHECK(at(r, "missing").items().at(0).text() == "goodsReceivedBack");
  CHECK(at(r, "missing").items().at(1).text() == "proofOfShipmentSent");
  CHECK(at(at(r, "refundDue"), "earliest").text() == "2026-03-16");
}

TEST_CASE("API: refundDue or the facts that set it, not both") {
  const auto e = first_error(ask(R"({"question":"refund","price":"200","refundDue":"2026-03-16","sellerInformed":"2026-03-02","refunded":"2026-04-20"})"));
  CHECK(e.first == "sellerInformed");
  const auto s = first_error(ask(R"({"question":"refund","price":"200","contract":"services","sellerInformed":"2026-03-02","territory":"metropole","sellerCollects":true,"refunded":"2026-04-20"})"));
  CHECK(s.first == "sellerCollects");
}

TEST_CASE("API: a missing half-year warns, a supplied rate is used and said") {
  const std::string base = R"({"question":"refund","priceCents":100000000,"refundDue":"2026-06-25","refunded":"2026-07-05")";
  auto r = ask(base + "}");
  REQUIRE(ok(r));
  CHECK(integer(at(r, "increase"), "cents") == 182740);
  const auto& w = at(r, "warnings").items().at(0);
  CHECK(at(w, "field").text() == "legalRatePercent");
  CHECK(at(w, "message").text().find("2026-S2") != std::string::npos);
  CHECK(at(at(r, "legalRates").items().at(1), "origin").text() == "nearest-known");

  r = ask(base + R"(,"legalRatePercent":"7,00"})");
  REQUIRE(ok(r));
  CHECK(integer(at(r, "increase"), "cents") == 187260);
  CHECK(r.find("warnings") == nullptr);
  CHECK(at(at(r, "legalRates").items().at(1), "origin").text() == "supplied");
  CHECK(integer(at(r, "legalRates").items().at(1), "hundredths") == 700);

  r = ask(base + R"(,"legalRatePercent":7})");  // a JSON number works too
  CHECK(integer(at(r, "increase"), "cents") == 187260);

  // A rate given but not needed: said, not silently ignored.
  r = ask(R"({"question":"refund","price":"200","refundDue":"2026-03-16","refunded":"2026-03-26","legalRatePercent":"7"})");
  CHECK(at(at(r, "warnings").items().at(0), "field").text() == "legalRatePercent");
  // The question's warnings and the unknown-field warnings are both kept.
  r = ask(base + R"(,"colour":"red"})");
  CHECK(at(r, "warnings").items().size() == 2);
}

TEST_CASE("API: the next tier, the cap, and the steps with their articles") {
  auto r = ask(R"({"question":"refund","price":"200","refundDue":"2026-03-16","today":"2026-04-20"})");
  REQUIRE(ok(r));
  CHECK(at(r, "status").text() == "late");
  CHECK(integer(r, "daysLate") == 35);
  CHECK(integer(at(r, "increase"), "cents") == 4000);
  CHECK(at(at(at(r, "increase"), "tier"), "kind").text() == "percent");
  CHECK(integer(at(at(r, "increase"), "tier"), "percent") == 20);
  CHECK(integer(at(r, "nextTier"), "day") == 61);
  CHECK(at(at(r, "nextTier"), "date").text() == "2026-05-16");
  CHECK(integer(at(r, "nextTier"), "cents") == 10000);
  CHECK(integer(at(r, "cap"), "day") == 361);
  CHECK(at(at(r, "cap"), "date").text() == "2027-03-12");
  CHECK_FALSE(at(at(r, "cap"), "reached").as_bool());
  CHECK(r.find("stillOwed") == nullptr);
  std::string articles;
  for (const auto& s : at(r, "steps").items()) articles += at(s, "article").text() + " ";
  CHECK(articles.find("L221-24") != std::string::npos);
  CHECK(articles.find("L242-4") != std::string::npos);
  CHECK(articles.find("L241-4") != std::string::npos);

  r = ask(R"({"question":"refund","price":"200","refundDue":"2024-01-01","refunded":"2024-12-28"})");
  CHECK(at(at(at(r, "increase"), "tier"), "kind").text() == "cap");
  CHECK(at(at(r, "cap"), "reached").as_bool());
  CHECK(integer(at(r, "increase"), "cents") == 20004);
  CHECK(integer(at(r, "stillOwed"), "cents") == 20004);
}

TEST_CASE("API: non-delivery-refund is the L241-4 scale, apart from L242-4") {
  auto r = ask(R"({"question":"non-delivery-refund","paid":"249,90","refundDue":"2026-03-16","refunded":"2026-04-20"})");
  REQUIRE(ok(r));
  CHECK(integer(r, "daysLate") == 35);
  CHECK(integer(at(r, "increase"), "cents") == 4998);
  CHECK(integer(at(at(r, "increase"), "tier"), "percent") == 20);
  CHECK(integer(at(r, "totalDue"), "cents") == 29988);
  CHECK(at(at(r, "steps").items().at(0), "article").text() == "L241-4");
  r = ask(R"({"question":"non-delivery-refund","paidCents":24990,"refundDue":"2026-03-16","today":"2026-03-20"})");
  CHECK(integer(at(r, "increase"), "cents") == 2499);
  CHECK(integer(at(r, "nextTier"), "day") == 31);
  const auto e = first_error(ask(R"({"question":"non-delivery-refund","paid":"12,345,67","refundDue":"2026-03-16","today":"2026-03-20"})"));
  CHECK(e.first == "paid");
}
