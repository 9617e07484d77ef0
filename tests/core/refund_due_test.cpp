// L221-24: the refund due date and which rule decided it (refund_due.csv, also through wasm), the sums.
#include <catch2/catch.hpp>
#include "calendar/iso_date.hpp"
#include "csv_vectors.hpp"
#include "rules/refund_due.hpp"

using namespace date::literals;
using date::sys_days;
using dc::RefundDueRule;

namespace {

std::optional<sys_days> day_or_none(const std::string& s) {
  if (s.empty()) return std::nullopt;
  return *dc::read_iso_date(s).day;
}

std::string rule_code(RefundDueRule r) {
  switch (r) {
    case RefundDueRule::informed_plus_14_days: return "informed-plus-14-days";
    case RefundDueRule::goods_received_back: return "goods-received-back";
    case RefundDueRule::proof_of_shipment: return "proof-of-shipment";
    case RefundDueRule::not_yet_known: return "not-yet-known";
  }
  return "";
}

std::string iso_or_empty(std::optional<sys_days> d) { return d ? dc::iso_date(*d) : ""; }

}  // namespace

TEST_CASE("refund_due.csv: the due date and the rule that decided it") {
  const auto rows = dc::test::read_vectors("refund_due.csv");
  REQUIRE(rows.size() >= 10);
  for (const auto& row : rows) {
    INFO(row.at("why"));
    const std::string collects = row.at("seller_collects");
    const dc::RefundDueInput in{*day_or_none(row.at("seller_informed")), row.at("contract") == "goods",
                                collects.empty() ? std::nullopt : std::optional<bool>(collects == "yes"),
                                day_or_none(row.at("goods_received_back")), day_or_none(row.at("proof_of_shipment_sent")),
                                *dc::territory_from_code(row.at("territory"))};
    const auto d = dc::refund_due_date(in);
    CHECK(iso_or_empty(d.safe) == row.at("expected_safe"));
    CHECK(iso_or_empty(d.latest) == row.at("expected_latest"));
    CHECK(rule_code(d.decided_by) == row.at("expected_decided_by"));
    CHECK(iso_or_empty(d.if_seller_collects) == row.at("expected_if_seller_collects"));
    const auto steps = dc::explain_refund_due(in, d, dc::Lang::fr);
    CHECK(steps.front().article == dc::art::L221_24);
  }
}

TEST_CASE("Not yet known: what is missing, and the earliest date") {
  const dc::RefundDueInput in{sys_days{2026_y / 3 / 2}, true, std::nullopt, std::nullopt, std::nullopt,
                              dc::Territory::metropole};
  const auto d = dc::refund_due_date(in);
  CHECK(d.missing == std::vector<dc::Input>{dc::Input::seller_collects, dc::Input::goods_received_back,
                                            dc::Input::proof_of_shipment_sent});
  CHECK(dc::explain_refund_due(in, d, dc::Lang::fr).back().text.find("au plus tôt le lundi 16 mars 2026") !=
        std::string::npos);
}

TEST_CASE("What must be refunded: price and standard delivery, not the premium, same means of payment") {
  const auto all = dc::refund_sums(20000, 499, std::nullopt, dc::Lang::fr);
  REQUIRE(all);
  CHECK(all->cents == 20499);
  CHECK(all->steps[0].text.find("200,00\u00a0€ + 4,99\u00a0€ = 204,99\u00a0€") != std::string::npos);
  CHECK(all->steps.back().text.find("moyen de paiement que vous avez utilisé") != std::string::npos);
  const auto express = dc::refund_sums(20000, 1500, 499, dc::Lang::en);
  REQUIRE(express);
  CHECK(express->cents == 20499);
  CHECK(express->steps[1].text.find("not the extra (€10.01)") != std::string::npos);
  CHECK(dc::refund_sums(123456789, 0, std::nullopt, dc::Lang::fr)->steps[0].text.find("1\u202f234\u202f567,89\u00a0€") !=
        std::string::npos);
  CHECK_FALSE(dc::refund_sums(INT64_MAX, 1, std::nullopt, dc::Lang::fr));
}
