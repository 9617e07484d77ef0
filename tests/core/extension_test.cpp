// L221-20: 12 months from the rolled end (month rule of Reg. 1182/71), or 14 days from the late
// information; extension.csv natively (and through wasm in tests/node/withdrawal.test.js).
#include <catch2/catch.hpp>
#include "calendar/iso_date.hpp"
#include "csv_vectors.hpp"
#include "rules/extension.hpp"
#include "rules/withdrawal_case.hpp"

using namespace date::literals;
using date::sys_days;
using dc::ExtensionRule;
using dc::Territory;

namespace {

sys_days day(const std::string& s) { return *dc::read_iso_date(s).day; }
dc::PeriodEnd given_end(sys_days d) { return {d, d, d, {}}; }

dc::Extension extend(const std::string& initial, std::optional<std::string> info = std::nullopt,
                     Territory t = Territory::metropole) {
  std::optional<sys_days> received;
  if (info) received = day(*info);
  return dc::extended_period(given_end(day(initial)), received, t, dc::Lang::fr);
}

}  // namespace

TEST_CASE("extension.csv: every row") {
  const auto rows = dc::test::read_vectors("extension.csv");
  REQUIRE(rows.size() >= 4);
  for (const auto& row : rows) {
    INFO(row.at("why"));
    const auto info = row.at("information_received");
    const auto x = extend(row.at("initial_end"), info.empty() ? std::nullopt : std::optional<std::string>(info),
                          *dc::territory_from_code(row.at("territory")));
    CHECK(dc::iso_date(x.end.safe) == row.at("expected_end"));
    CHECK(x.rule == (info.empty() ? ExtensionRule::twelve_months : ExtensionRule::fourteen_days_from_information));
    CHECK(x.steps.front().article == dc::art::L221_20);
  }
}

TEST_CASE("Leap day and month ends: same date 12 months later, else the month's last day") {
  CHECK(dc::iso_date(extend("2024-02-29").end.safe) == "2025-02-28");
  CHECK(dc::iso_date(extend("2028-02-29").end.safe) == "2029-02-28");
  CHECK(dc::iso_date(extend("2023-02-28").end.safe) == "2024-02-28");  // not the 29th
  CHECK(dc::iso_date(extend("2025-12-31").end.safe) == "2026-12-31");
  CHECK(dc::iso_date(extend("2026-01-31").end.safe) == "2027-02-01");  // 31 January 2027 is a Sunday
  const auto leap = extend("2024-02-29");
  bool month_rule_step = false;
  for (const auto& s : leap.steps)
    if (s.article == dc::art::reg_1182_71 && s.text.find("29e jour") != std::string::npos) month_rule_step = true;
  CHECK(month_rule_step);
}

TEST_CASE("The end of the extension is rolled past closed days") {
  const auto x = extend("2026-05-06");  // 6 May 2027 is Ascension
  CHECK(dc::iso_date(x.twelve_months.nominal) == "2027-05-06");
  CHECK(dc::iso_date(x.end.safe) == "2027-05-07");
}

TEST_CASE("Reading: 12 months from the rolled initial end, the unrolled reading is shown when it differs") {
  // Received 7 March 2026: 14th day Saturday 21 March, rolled to Monday 23 March.
  const auto initial = dc::days_after(sys_days{2026_y / 3 / 7}, 14, Territory::metropole);
  REQUIRE(dc::iso_date(initial.safe) == "2026-03-23");
  const auto x = dc::extended_period(initial, std::nullopt, Territory::metropole, dc::Lang::en);
  CHECK(dc::iso_date(x.end.safe) == "2027-03-23");
  REQUIRE(x.unrolled_reading);
  CHECK(dc::iso_date(*x.unrolled_reading) == "2027-03-22");  // 21 March 2027 is a Sunday
  CHECK(x.steps.back().text.find("Reading used") == 0);
  // No alternative when both readings agree.
  CHECK_FALSE(extend("2026-01-26").unrolled_reading);
}

TEST_CASE("An uncertain initial end carries its latest date 12 months on") {
  // Alsace-Moselle, received 20 March 2026: safe 3 April (Good Friday uncertain), latest 7 April.
  const auto initial = dc::days_after(sys_days{2026_y / 3 / 20}, 14, Territory::alsace_moselle);
  REQUIRE(dc::iso_date(initial.latest) == "2026-04-07");
  const auto x = dc::extended_period(initial, std::nullopt, Territory::alsace_moselle, dc::Lang::fr);
  CHECK(dc::iso_date(x.end.safe) == "2027-04-05");
  CHECK(dc::iso_date(x.end.latest) == "2027-04-07");
}

TEST_CASE("Information received late: before the initial end, during the extension, after it") {
  const auto in_time = extend("2026-01-28", "2026-01-20");
  CHECK(in_time.rule == ExtensionRule::information_in_time);
  CHECK(dc::iso_date(in_time.end.safe) == "2026-01-28");
  REQUIRE(in_time.steps.size() == 1);
  CHECK(in_time.steps[0].text.find("mardi 3 février 2026") != std::string::npos);  // the other reading's date

  const auto during = extend("2026-01-26", "2026-06-01");
  CHECK(during.rule == ExtensionRule::fourteen_days_from_information);
  CHECK(dc::iso_date(during.end.safe) == "2026-06-15");

  const auto after = extend("2026-01-26", "2027-02-10");
  CHECK(after.rule == ExtensionRule::twelve_months);
  CHECK(dc::iso_date(after.end.safe) == "2027-01-26");

  // Received in the last days of the extension: 14 days from receipt, past the 12 months.
  const auto last_days = extend("2026-01-26", "2027-01-20");
  CHECK(last_days.rule == ExtensionRule::fourteen_days_from_information);
  CHECK(dc::iso_date(last_days.end.safe) == "2027-02-03");
}

TEST_CASE("Through the whole case: the receipt gives the initial end, infoGiven false extends it") {
  dc::WithdrawalFacts f{};
  f.purchase.contract = dc::ContractKind::goods;
  f.purchase.territory = dc::TerritoryAnswer{Territory::metropole};
  f.purchase.received = sys_days{2026_y / 1 / 12};  // 14th day Monday 26 January 2026: the first vector row
  f.purchase.answers.set(dc::Input::info_given, false);
  f.today = sys_days{2026_y / 6 / 1};
  auto c = dc::assess_withdrawal(f, dc::Lang::fr);
  REQUIRE(c.period);
  CHECK(dc::iso_date(c.period->initial.safe) == "2026-01-26");
  CHECK(dc::iso_date(c.period->end.safe) == "2027-01-26");
  CHECK(c.period->from_today.status == dc::DeadlineStatus::open);
  CHECK(c.period->from_today.days_left == 239);
  f.information_received = sys_days{2026_y / 3 / 1};
  c = dc::assess_withdrawal(f, dc::Lang::fr);
  CHECK(dc::iso_date(c.period->end.safe) == "2026-03-16");
  CHECK(c.period->from_today.status == dc::DeadlineStatus::closed);
}
