// The whole case: eligibility, period, extension, how, return and refund put together; the three
// outcomes; the goods request of the first version answered exactly as before.
#include <catch2/catch.hpp>
#include "calendar/iso_date.hpp"
#include "rules/withdrawal_case.hpp"

using namespace date::literals;
using date::sys_days;
using dc::Input;

namespace {

dc::WithdrawalFacts goods_received(sys_days received, sys_days today) {
  dc::WithdrawalFacts f{};
  f.purchase.contract = dc::ContractKind::goods;
  f.purchase.territory = dc::TerritoryAnswer{dc::Territory::metropole};
  f.purchase.received = received;
  f.today = today;
  return f;
}

dc::WithdrawalFacts fully_answered(sys_days received, sys_days today) {
  auto f = goods_received(received, today);
  f.purchase.seller = dc::Seller::professional;
  f.purchase.channel = dc::Channel::distance;
  f.purchase.sector = dc::Sector::none;
  f.purchase.concluded = received - date::days{3};
  for (const auto& spec : dc::all_inputs())
    if (spec.group == "exclusions") f.purchase.answers.set(spec.id, false);
  return f;
}

const std::vector<Input>& missing(const dc::WithdrawalCase& c) {
  const auto* unknown = std::get_if<dc::CannotTell>(&c.verdict);
  REQUIRE(unknown);
  return unknown->missing;
}

}  // namespace

TEST_CASE("The first version's goods request: same dates, same steps") {
  for (const auto lang : {dc::Lang::fr, dc::Lang::en}) {
    const sys_days received{2026_y / 3 / 7}, today{2026_y / 3 / 10};
    const auto old = dc::goods_withdrawal({received, dc::Territory::metropole, today}, lang);
    const auto c = dc::assess_withdrawal(goods_received(received, today), lang);
    REQUIRE(c.period);
    CHECK(c.period->end.safe == old.end.safe);
    CHECK(c.period->end.latest == old.end.latest);
    CHECK(c.period->from_today.days_left == old.from_today.days_left);
    REQUIRE(c.period->steps.size() == old.steps.size());
    for (std::size_t i = 0; i < old.steps.size(); ++i) {
      CHECK(c.period->steps[i].text == old.steps[i].text);
      CHECK(c.period->steps[i].article == old.steps[i].article);
    }
  }
}

TEST_CASE("Three outcomes: cannot tell (dates still given), applies, does not apply (no dates)") {
  const sys_days received{2026_y / 1 / 14}, today{2026_y / 1 / 20};
  const auto partial = dc::assess_withdrawal(goods_received(received, today), dc::Lang::fr);
  CHECK(missing(partial).front() == Input::seller);
  REQUIRE(partial.period);  // conditional on the missing answers, but built on given dates only
  CHECK(dc::iso_date(partial.period->end.safe) == "2026-01-28");

  const auto full = dc::assess_withdrawal(fully_answered(received, today), dc::Lang::fr);
  CHECK(std::holds_alternative<dc::Applies>(full.verdict));

  auto excluded = fully_answered(received, today);
  excluded.purchase.answers.set(Input::personalised, true);
  const auto no = dc::assess_withdrawal(excluded, dc::Lang::fr);
  const auto* refused = std::get_if<dc::DoesNotApply>(&no.verdict);
  REQUIRE(refused);
  CHECK(refused->exclusion == 3);
  CHECK_FALSE(no.period);
  CHECK_FALSE(no.how);
}

TEST_CASE("The information question is asked only once the 14 days are over") {
  const sys_days received{2026_y / 1 / 14};
  const auto open = dc::assess_withdrawal(fully_answered(received, sys_days{2026_y / 1 / 20}), dc::Lang::fr);
  CHECK(std::holds_alternative<dc::Applies>(open.verdict));
  REQUIRE(open.period->if_not_informed);  // the longer period, shown but not needed
  CHECK(dc::iso_date(open.period->if_not_informed->end.safe) == "2027-01-28");

  auto late = fully_answered(received, sys_days{2026_y / 3 / 1});
  const auto closed = dc::assess_withdrawal(late, dc::Lang::fr);
  CHECK(missing(closed) == std::vector<Input>{Input::info_given});
  CHECK(closed.period->from_today.status == dc::DeadlineStatus::closed);
  CHECK(closed.period->if_not_informed_from_today->status == dc::DeadlineStatus::open);

  late.purchase.answers.set(Input::info_given, true);
  const auto settled = dc::assess_withdrawal(late, dc::Lang::fr);
  CHECK(std::holds_alternative<dc::Applies>(settled.verdict));
  CHECK(settled.period->from_today.status == dc::DeadlineStatus::closed);
  CHECK_FALSE(settled.period->if_not_informed);

  late.purchase.answers.set(Input::info_given, false);
  const auto extended = dc::assess_withdrawal(late, dc::Lang::fr);
  CHECK(extended.period->from_today.status == dc::DeadlineStatus::open);
  CHECK(dc::iso_date(extended.period->end.safe) == "2027-01-28");
  CHECK(extended.period->steps.back().text.find("jeudi 28 janvier 2027") != std::string::npos);
}

TEST_CASE("The missing start date is asked in the words of the contract kind") {
  auto f = fully_answered(sys_days{2026_y / 3 / 7}, sys_days{2026_y / 3 / 10});
  f.purchase.contract = dc::ContractKind::goods_several;
  f.purchase.received.reset();
  const auto c = dc::assess_withdrawal(f, dc::Lang::fr);
  CHECK(missing(c) == std::vector<Input>{Input::received_last});
  CHECK_FALSE(c.period);
}

TEST_CASE("Withdrawal sent: in time, then the return and refund dates, late: neither") {
  auto f = fully_answered(sys_days{2026_y / 1 / 14}, sys_days{2026_y / 2 / 20});
  f.purchase.answers.set(Input::info_given, true);
  f.withdrawal_sent = sys_days{2026_y / 1 / 27};
  f.seller_informed = sys_days{2026_y / 1 / 28};
  f.price_cents = 5000;
  const auto c = dc::assess_withdrawal(f, dc::Lang::fr);
  CHECK(c.period->sent_in_time == dc::SentInTime::yes);
  REQUIRE(c.return_goods);
  CHECK(dc::iso_date(c.return_goods->by->safe) == "2026-02-10");
  REQUIRE(c.refund);
  REQUIRE(c.refund->due);
  CHECK(c.refund->due->decided_by == dc::RefundDueRule::not_yet_known);
  CHECK(dc::iso_date(c.refund->due->fourteen_days.safe) == "2026-02-11");
  CHECK(c.refund->sums->cents == 5000);

  f.withdrawal_sent = sys_days{2026_y / 1 / 29};
  f.seller_informed.reset();
  const auto late = dc::assess_withdrawal(f, dc::Lang::fr);
  CHECK(late.period->sent_in_time == dc::SentInTime::no);
  CHECK_FALSE(late.return_goods);
  CHECK_FALSE(late.refund);

  // Sent, the seller's information date unknown: the refund part asks for it.
  f.withdrawal_sent = sys_days{2026_y / 1 / 20};
  const auto asked = dc::assess_withdrawal(f, dc::Lang::fr);
  REQUIRE(asked.refund);
  CHECK_FALSE(asked.refund->due);
  CHECK(asked.refund->missing == std::vector<Input>{Input::seller_informed});
}

TEST_CASE("A service: no return, the refund is not deferred") {
  dc::WithdrawalFacts f{};
  f.purchase.contract = dc::ContractKind::service;
  f.purchase.territory = dc::TerritoryAnswer{dc::Territory::metropole};
  f.purchase.concluded = sys_days{2026_y / 4 / 30};
  f.today = sys_days{2026_y / 5 / 5};
  f.withdrawal_sent = f.seller_informed = sys_days{2026_y / 5 / 4};
  const auto c = dc::assess_withdrawal(f, dc::Lang::fr);
  CHECK(dc::iso_date(c.period->end.safe) == "2026-05-15");
  CHECK_FALSE(c.return_goods);
  REQUIRE(c.refund->due);
  CHECK(dc::iso_date(*c.refund->due->safe) == "2026-05-18");
  CHECK(c.refund->due->decided_by == dc::RefundDueRule::informed_plus_14_days);
}
