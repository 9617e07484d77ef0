// The French replies (rules/refusal_reply.hpp), made by assess_refusal from the case's own dates and
// amounts: French whatever the language of the explanations, citing the articles.
#include <catch2/catch.hpp>
#include "rules/refusal.hpp"

namespace {

using date::sys_days;
using date::year;

// A service concluded on Friday 20 March 2026 from a professional at a distance, every exclusion no.
dc::RefusalFacts service_case() {
  dc::RefusalFacts f{};
  auto& p = f.withdrawal.purchase;
  p.seller = dc::Seller::professional;
  p.channel = dc::Channel::distance;
  p.territory = dc::Territory::metropole;
  p.contract = dc::ContractKind::service;
  p.sector = dc::Sector::none;
  p.concluded = sys_days{year{2026} / 3 / 20};
  for (const auto i : {dc::Input::service_fully_performed, dc::Input::financial_market_price, dc::Input::urgent_repair,
                       dc::Input::public_auction, dc::Input::accommodation_or_leisure})
    p.answers.set(i, false);
  p.answers.set(dc::Input::info_given, true);
  f.withdrawal.today = sys_days{year{2026} / 4 / 10};
  return f;
}

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("A service's period starts at the conclusion: the reply says so, in French even for an English page") {
  auto f = service_case();
  f.withdrawal.withdrawal_sent = sys_days{year{2026} / 4 / 3};  // day 14
  const auto a = dc::assess_refusal(dc::RefusalReason::too_late, f, dc::Lang::en);
  REQUIRE(a.outcome == dc::Lawfulness::unlawful);
  CHECK(a.deadline->safe == sys_days{year{2026} / 4 / 3});
  CHECK(has(a.reply, "la conclusion du contrat, le vendredi 20 mars 2026"));
  CHECK(has(a.reply, "Il expirait donc le vendredi 3 avril 2026"));
  CHECK(has(a.reply, "Cordialement,"));
  CHECK(a.next_stage->id == "complaint");
}

TEST_CASE("The refund demand carries the amount and the due date computed by the refund engines") {
  auto f = service_case();
  f.withdrawal.withdrawal_sent = sys_days{year{2026} / 3 / 25};
  f.withdrawal.seller_informed = sys_days{year{2026} / 3 / 25};
  f.withdrawal.price_cents = 12000;
  f.voucher_accepted = false;
  f.withdrawal.today = sys_days{year{2026} / 4 / 5};
  const auto a = dc::assess_refusal(dc::RefusalReason::vouchers, f, dc::Lang::fr);
  REQUIRE(a.outcome == dc::Lawfulness::unlawful);
  CHECK(*a.sums_due == 12000);
  CHECK(has(a.reply, "la somme de 120,00"));
  CHECK(has(a.reply, "au plus tard le mercredi 8 avril 2026"));  // informed + 14 days: no goods to wait for
  f.withdrawal.today = sys_days{year{2026} / 4 / 20};
  const auto late = dc::assess_refusal(dc::RefusalReason::vouchers, f, dc::Lang::fr);
  REQUIRE(late.late);
  CHECK(late.late->days_late == 12);
  CHECK(has(late.reply, "avec 12 jours de retard"));
  CHECK(has(late.reply, "(article L242-4)"));
}

TEST_CASE("No reply when the refusal stands or cannot be judged yet") {
  auto f = service_case();
  f.withdrawal.withdrawal_sent = sys_days{year{2026} / 4 / 6};  // after Friday 3 April
  CHECK(dc::assess_refusal(dc::RefusalReason::too_late, f, dc::Lang::fr).reply.empty());
  f.withdrawal.purchase.seller.reset();
  const auto unknown = dc::assess_refusal(dc::RefusalReason::third_party_seller, f, dc::Lang::fr);
  CHECK(unknown.outcome == dc::Lawfulness::cannot_tell);
  CHECK(unknown.reply.empty());
}
