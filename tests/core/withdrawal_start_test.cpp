// L221-18: every start rule, natively; the same vectors run through wasm in tests/node/withdrawal.test.js.
#include <catch2/catch.hpp>
#include "calendar/iso_date.hpp"
#include "csv_vectors.hpp"
#include "rules/withdrawal_case.hpp"
#include "rules/withdrawal_start.hpp"

using namespace date::literals;
using date::sys_days;
using dc::ContractKind;
using dc::StartRule;

namespace {

std::optional<sys_days> day_or_none(const std::string& s) {
  if (s.empty()) return std::nullopt;
  return *dc::read_iso_date(s).day;
}

ContractKind kind_of(const std::string& code) {
  const auto& options = dc::input_spec(dc::Input::contract).options;
  for (std::size_t i = 0; i < options.size(); ++i)
    if (options[i].value == code) return static_cast<ContractKind>(i);
  FAIL("unknown contract " << code);
  return ContractKind::goods;
}

std::string status_code(dc::DeadlineStatus s) {
  return s == dc::DeadlineStatus::open ? "open" : s == dc::DeadlineStatus::uncertain ? "uncertain" : "closed";
}

std::string rule_code(StartRule r) {
  switch (r) {
    case StartRule::receipt: return "receipt";
    case StartRule::last_receipt: return "last-receipt";
    case StartRule::first_receipt: return "first-receipt";
    case StartRule::conclusion: return "conclusion";
  }
  return "";
}

}  // namespace

TEST_CASE("Each contract kind has its start rule and the date a page must ask") {
  CHECK(dc::start_rule(ContractKind::goods) == StartRule::receipt);
  CHECK(dc::start_rule(ContractKind::goods_several) == StartRule::last_receipt);
  CHECK(dc::start_rule(ContractKind::subscription) == StartRule::first_receipt);
  CHECK(dc::start_rule(ContractKind::service) == StartRule::conclusion);
  CHECK(dc::start_rule(ContractKind::utility) == StartRule::conclusion);
  CHECK(dc::start_rule(ContractKind::digital_content) == StartRule::conclusion);
  CHECK(dc::start_input(ContractKind::goods_several) == dc::Input::received_last);
  CHECK(dc::start_input(ContractKind::subscription) == dc::Input::received_first);
  CHECK(dc::start_input(ContractKind::service) == dc::Input::concluded);
  CHECK(dc::input_spec(dc::Input::received_last).field == "received");
}

TEST_CASE("No start without the date the rule needs") {
  const sys_days d{2026_y / 3 / 1};
  CHECK_FALSE(dc::withdrawal_start(ContractKind::goods, std::nullopt, d, std::nullopt, dc::Lang::fr));
  CHECK_FALSE(dc::withdrawal_start(ContractKind::service, std::nullopt, std::nullopt, d, dc::Lang::fr));
  // A service starts from conclusion even when a receipt date is given.
  const auto s = dc::withdrawal_start(ContractKind::service, std::nullopt, d, d + date::days{5}, dc::Lang::fr);
  REQUIRE(s);
  CHECK(s->event == d);
}

TEST_CASE("Off-premises goods: withdraw from conclusion, end from receipt") {
  const sys_days concluded{2026_y / 3 / 10}, received{2026_y / 3 / 20};
  const auto s = dc::withdrawal_start(ContractKind::goods, dc::Channel::off_premises, concluded, received, dc::Lang::en);
  REQUIRE(s);
  CHECK(s->event == received);
  CHECK(s->may_withdraw_from == concluded);
  REQUIRE(s->steps.size() == 2);
  CHECK(s->steps[1].text.find("Off-premises contract: you may withdraw from the day the contract was concluded") == 0);
  CHECK(s->steps[1].article == dc::art::L221_18);
  // At a distance, no such step.
  const auto d = dc::withdrawal_start(ContractKind::goods, dc::Channel::distance, concluded, received, dc::Lang::en);
  CHECK_FALSE(d->may_withdraw_from);
  CHECK(d->steps.size() == 1);
  // An off-premises service has no such rule: it starts from conclusion anyway.
  CHECK_FALSE(dc::withdrawal_start(ContractKind::service, dc::Channel::off_premises, concluded, received, dc::Lang::en)
                  ->may_withdraw_from);
}

TEST_CASE("withdrawal_start.csv: every start rule gives the expected dates and status") {
  const auto rows = dc::test::read_vectors("withdrawal_start.csv");
  REQUIRE(rows.size() >= 9);
  for (const auto& row : rows) {
    INFO(row.at("why"));
    dc::WithdrawalFacts f{};
    f.purchase.contract = kind_of(row.at("contract"));
    f.purchase.channel = row.at("channel") == "off-premises" ? dc::Channel::off_premises : dc::Channel::distance;
    f.purchase.territory = dc::TerritoryAnswer{*dc::territory_from_code(row.at("territory"))};
    f.purchase.concluded = day_or_none(row.at("concluded"));
    f.purchase.received = day_or_none(row.at("received"));
    f.today = *day_or_none(row.at("today"));
    const auto c = dc::assess_withdrawal(f, dc::Lang::fr);
    REQUIRE(c.period);
    CHECK(rule_code(c.period->start.rule) == row.at("expected_rule"));
    CHECK(dc::iso_date(c.period->start.event) == row.at("expected_event"));
    CHECK(c.period->start.may_withdraw_from == day_or_none(row.at("expected_may_withdraw_from")));
    CHECK(dc::iso_date(c.period->end.safe) == row.at("expected_safe"));
    CHECK(dc::iso_date(c.period->end.latest) == row.at("expected_latest"));
    CHECK(status_code(c.period->from_today.status) == row.at("expected_status"));
    CHECK(c.period->from_today.days_left == std::stol(row.at("expected_days_left")));
    CHECK(c.period->steps.front().article == dc::art::L221_18);
  }
}
