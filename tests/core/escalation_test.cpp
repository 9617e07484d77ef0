#include <catch2/catch.hpp>
#include <algorithm>
#include "calendar/iso_date.hpp"
#include "rules/escalation.hpp"

namespace {

using namespace date::literals;
using date::sys_days;
using dc::StageStatus;

sys_days day(const char* iso) { return *dc::read_iso_date(iso).day; }

const dc::Stage& stage(const dc::EscalationPlan& p, std::string_view id) {
  for (const auto* list : {&p.stages, &p.beside})
    for (const auto& s : *list)
      if (s.id == id) return s;
  FAIL("no stage " << id);
  return p.stages.front();
}

const dc::Deadline* deadline(const dc::EscalationPlan& p, std::string_view id) {
  for (const auto& d : p.deadlines)
    if (d.id == id) return &d;
  return nullptr;
}

std::string iso(std::optional<sys_days> d) { return d ? dc::iso_date(*d) : "none"; }

bool cites(const dc::Stage& s, std::string_view label) {
  return std::any_of(s.steps.begin(), s.steps.end(), [&](const dc::Step& st) { return st.article.label == label; });
}

dc::EscalationInput base(const char* today) {
  dc::EscalationInput in{};
  in.today = day(today);
  return in;
}

}  // namespace

TEST_CASE("plan: the stages come in order, with the side stages apart") {
  const auto p = dc::escalation_plan(base("2026-03-02"), dc::Lang::fr);
  std::vector<std::string_view> ids;
  for (const auto& s : p.stages) ids.push_back(s.id);
  CHECK(ids == std::vector<std::string_view>{"complaint", "notice", "mediator", "conciliator", "court", "limit"});
  ids.clear();
  for (const auto& s : p.beside) ids.push_back(s.id);
  CHECK(ids == std::vector<std::string_view>{"signalconso", "ecc", "card"});
  REQUIRE(p.reading.size() == 1);
  CHECK(p.reading[0].text.find("pas reportées") != std::string::npos);
}

TEST_CASE("plan: nothing sent yet — complaint to do, mediator not yet, cannot tell the limit") {
  const auto p = dc::escalation_plan(base("2026-03-02"), dc::Lang::fr);
  CHECK(stage(p, "complaint").status == StageStatus::to_do);
  CHECK(stage(p, "notice").status == StageStatus::to_do);
  CHECK(!stage(p, "notice").until);  // not sent: no deadline yet, only what a notice sent today would give
  CHECK(stage(p, "notice").steps[0].text.find("jusqu'au mardi 10 mars 2026") != std::string::npos);
  CHECK(stage(p, "mediator").status == StageStatus::not_yet);
  CHECK(stage(p, "mediator").missing == std::vector<std::string_view>{"complaintSent"});
  CHECK(stage(p, "limit").status == StageStatus::unknown);
  CHECK(stage(p, "limit").missing == std::vector<std::string_view>{"factsKnown"});
  CHECK(stage(p, "court").missing == std::vector<std::string_view>{"claimCents"});
  CHECK(stage(p, "ecc").missing == std::vector<std::string_view>{"seller"});
  CHECK(p.deadlines.empty());  // no date is built on a fact not given
}

TEST_CASE("plan: formal notice — 8 days by default, changeable, never moved past a weekend") {
  auto in = base("2026-02-25");
  in.complaint_sent = day("2026-02-10");
  in.notice_sent = day("2026-02-20");  // + 8 = Saturday 28 February 2026
  auto p = dc::escalation_plan(in, dc::Lang::fr);
  const auto& notice = stage(p, "notice");
  CHECK(notice.status == StageStatus::waiting);
  CHECK(iso(notice.until) == "2026-02-28");
  CHECK(date::weekday{*notice.until} == date::Saturday);
  REQUIRE(deadline(p, "notice-deadline"));
  CHECK(dc::iso_date(deadline(p, "notice-deadline")->day) == "2026-02-28");
  CHECK(cites(notice, "C. civ. 1344-1"));
  CHECK(cites(notice, "L242-4"));

  in.notice_days = 15;
  p = dc::escalation_plan(in, dc::Lang::fr);
  CHECK(iso(stage(p, "notice").until) == "2026-03-07");

  in.notice_days = 8;
  in.today = day("2026-02-28");
  CHECK(dc::escalation_plan(in, dc::Lang::fr).stages[1].status == StageStatus::waiting);  // the last day itself
  in.today = day("2026-03-01");
  CHECK(dc::escalation_plan(in, dc::Lang::fr).stages[1].status == StageStatus::done);
}

TEST_CASE("plan: consumer mediator — from the complaint until the same date a year later (L612-2)") {
  auto in = base("2026-03-02");
  in.complaint_sent = day("2026-02-10");
  auto p = dc::escalation_plan(in, dc::Lang::fr);
  const auto& m = stage(p, "mediator");
  CHECK(m.status == StageStatus::open);
  CHECK(iso(m.from) == "2026-02-10");
  CHECK(iso(m.until) == "2027-02-10");
  CHECK(cites(m, "L612-1"));
  CHECK(cites(m, "L612-2"));
  REQUIRE(deadline(p, "mediator-until"));

  in.today = day("2027-02-10");
  CHECK(stage(dc::escalation_plan(in, dc::Lang::fr), "mediator").status == StageStatus::open);
  in.today = day("2027-02-11");
  CHECK(stage(dc::escalation_plan(in, dc::Lang::fr), "mediator").status == StageStatus::closed);

  // 29 February: no such date a year later, the month's last day (the earlier date).
  in.complaint_sent = day("2028-02-29");
  in.today = day("2028-03-01");
  CHECK(iso(stage(dc::escalation_plan(in, dc::Lang::fr), "mediator").until) == "2029-02-28");
  // A window ending on a Sunday stays on that Sunday.
  in.complaint_sent = day("2026-02-07");
  CHECK(iso(stage(dc::escalation_plan(in, dc::Lang::fr), "mediator").until) == "2027-02-07");
}

TEST_CASE("plan: after referral, 3 weeks for admissibility and 90 days for the outcome") {
  auto in = base("2026-03-20");
  in.complaint_sent = day("2026-02-10");
  in.mediator_referred = day("2026-03-16");
  const auto p = dc::escalation_plan(in, dc::Lang::fr);
  CHECK(stage(p, "mediator").status == StageStatus::waiting);
  REQUIRE(deadline(p, "mediator-admissibility"));
  CHECK(dc::iso_date(deadline(p, "mediator-admissibility")->day) == "2026-04-06");
  REQUIRE(deadline(p, "mediator-outcome"));
  CHECK(dc::iso_date(deadline(p, "mediator-outcome")->day) == "2026-06-14");
  CHECK(!deadline(p, "mediator-until"));  // already referred: the last day to refer is no reminder
}

TEST_CASE("plan: court thresholds at 5,000 and 10,000 euros") {
  auto in = base("2026-03-02");
  const auto court = [&](long long cents) {
    in.claim_cents = cents;
    return stage(dc::escalation_plan(in, dc::Lang::fr), "court");
  };
  auto c = court(500'000);
  CHECK(c.status == StageStatus::info);
  CHECK(c.missing.empty());
  CHECK(cites(c, "CPC 750-1"));
  CHECK(cites(c, "COJ R211-3-24"));
  CHECK(cites(c, "CPCE L125-1"));
  CHECK(cites(c, "CPC 761"));
  CHECK(cites(c, "R631-3"));
  CHECK(cites(c, "CPC 1405"));
  CHECK(c.steps[1].text.find("est de 5 000 € ou moins") != std::string::npos);
  CHECK(c.steps[1].text.find("5\u202f000,00\u00a0€") != std::string::npos);

  c = court(500'001);
  CHECK(!cites(c, "COJ R211-3-24"));
  CHECK(!cites(c, "CPCE L125-1"));
  CHECK(c.steps[1].text.find("dépasse 5 000 €") != std::string::npos);
  CHECK(c.steps[2].text.find("sans avocat") != std::string::npos);

  c = court(1'000'000);
  CHECK(c.steps[2].text.find("sans avocat") != std::string::npos);
  c = court(1'000'001);
  CHECK(c.steps[2].text.find("un avocat est nécessaire") != std::string::npos);
}

TEST_CASE("plan: the 5-year limit from the day the facts were known (C. civ. 2224)") {
  auto in = base("2026-03-02");
  in.facts_known = day("2026-01-28");
  auto p = dc::escalation_plan(in, dc::Lang::fr);
  CHECK(iso(stage(p, "limit").until) == "2031-01-28");
  CHECK(stage(p, "limit").status == StageStatus::open);
  CHECK(cites(stage(p, "limit"), "C. civ. 2224"));
  in.facts_known = day("2020-01-01");
  in.today = day("2025-01-02");
  CHECK(stage(dc::escalation_plan(in, dc::Lang::fr), "limit").status == StageStatus::closed);
}

TEST_CASE("plan: European Consumer Centre only for a seller elsewhere in the EU, 3 weeks after writing") {
  auto in = base("2026-03-02");
  in.complaint_sent = day("2026-02-10");
  in.seller = dc::SellerPlace::other_eu;
  auto p = dc::escalation_plan(in, dc::Lang::fr);
  CHECK(iso(stage(p, "ecc").from) == "2026-03-03");
  CHECK(stage(p, "ecc").status == StageStatus::not_yet);
  in.today = day("2026-03-03");
  CHECK(stage(dc::escalation_plan(in, dc::Lang::fr), "ecc").status == StageStatus::open);
  in.seller = dc::SellerPlace::france;
  CHECK(stage(dc::escalation_plan(in, dc::Lang::fr), "ecc").status == StageStatus::not_applicable);
  in.seller = dc::SellerPlace::outside_eu;
  CHECK(stage(dc::escalation_plan(in, dc::Lang::fr), "ecc").status == StageStatus::not_applicable);
  in.seller = dc::SellerPlace::other_eu;
  in.complaint_sent.reset();
  CHECK(stage(dc::escalation_plan(in, dc::Lang::fr), "ecc").missing == std::vector<std::string_view>{"complaintSent"});
}

TEST_CASE("plan: bank card facts, 13 months for an unauthorised payment") {
  auto in = base("2026-03-02");
  auto card = stage(dc::escalation_plan(in, dc::Lang::fr), "card");
  CHECK(card.status == StageStatus::info);
  CHECK(cites(card, "CMF L133-8"));
  CHECK(cites(card, "CMF L133-24"));
  CHECK(cites(card, "CMF L133-18"));
  CHECK(card.steps[0].text.find("demandez à votre banque") != std::string::npos);
  in.card_debit = day("2026-01-31");
  const auto p = dc::escalation_plan(in, dc::Lang::fr);
  CHECK(iso(stage(p, "card").until) == "2027-02-28");  // no 31 February: the month's last day
  REQUIRE(deadline(p, "card-unauthorised-until"));
}

TEST_CASE("plan: SignalConso is a report, not a complaint") {
  const auto s = stage(dc::escalation_plan(base("2026-03-02"), dc::Lang::en), "signalconso");
  CHECK(s.steps[0].text.find("a report, not a complaint") != std::string::npos);
  CHECK(s.steps[0].article.url == "https://signal.conso.gouv.fr");
  CHECK(cites(s, "L242-13"));
}

TEST_CASE("plan: case deadlines join the plan's, in date order, the calendar keeps the upcoming ones") {
  auto in = base("2026-03-02");
  in.complaint_sent = day("2026-02-10");
  in.notice_sent = day("2026-02-20");
  in.case_deadlines.push_back({"withdrawal-end", day("2026-01-28"), "Fin de la rétractation", dc::art::L221_18});
  in.case_deadlines.push_back({"refund-due", day("2026-03-05"), "Remboursement dû", dc::art::L221_24});
  const auto p = dc::escalation_plan(in, dc::Lang::fr);
  REQUIRE(p.deadlines.size() == 4);
  CHECK(p.deadlines[0].id == "withdrawal-end");
  CHECK(p.deadlines[1].id == "notice-deadline");
  CHECK(p.deadlines[2].id == "refund-due");
  CHECK(p.deadlines[3].id == "mediator-until");
  const auto upcoming = dc::upcoming_deadlines(p, in.today);
  REQUIRE(upcoming.size() == 2);
  CHECK(upcoming[0].id == "refund-due");
  const auto on_the_day = dc::upcoming_deadlines(p, day("2026-02-28"));
  CHECK(on_the_day.front().id == "notice-deadline");  // a deadline today is still ahead
}

TEST_CASE("plan: every step, in both languages, cites an article with an https link") {
  auto in = base("2026-03-20");
  in.complaint_sent = day("2026-02-10");
  in.notice_sent = day("2026-02-20");
  in.mediator_referred = day("2026-03-16");
  in.claim_cents = 12990;
  in.facts_known = day("2026-01-28");
  in.seller = dc::SellerPlace::other_eu;
  in.card_debit = day("2026-01-05");
  for (const auto lang : {dc::Lang::fr, dc::Lang::en}) {
    const auto p = dc::escalation_plan(in, lang);
    for (const auto* list : {&p.stages, &p.beside})
      for (const auto& s : *list) {
        CHECK(!s.title.empty());
        CHECK(!s.steps.empty());
        for (const auto& st : s.steps) {
          CHECK(!st.text.empty());
          CHECK(st.article.url.rfind("https://", 0) == 0);
        }
      }
  }
}
