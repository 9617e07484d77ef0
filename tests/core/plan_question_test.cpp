#include <catch2/catch.hpp>
#include "api/answer.hpp"
#include "api/json.hpp"

namespace {

dc::json::Value ask(const std::string& request) {
  const auto r = dc::json::parse(dc::api::answer(request));
  REQUIRE(r.value);
  return *r.value;
}

const dc::json::Value& by_id(const dc::json::Value& list, std::string_view id) {
  for (const auto& item : list.items())
    if (item.find("id")->text() == id) return item;
  FAIL("no " << id);
  return list;
}

std::vector<std::string> error_fields(const dc::json::Value& v) {
  REQUIRE(v.find("ok")->as_bool() == false);
  std::vector<std::string> out;
  for (const auto& e : v.find("errors")->items()) out.push_back(e.find("field")->text());
  return out;
}

const std::string kCase =
    R"("today":"2026-03-02","complaintSent":"2026-02-10","noticeSent":"2026-02-20","claimCents":12990,)"
    R"("seller":"eu","factsKnown":"2026-01-28","cardDebit":"2026-01-05","received":"2026-01-14","territory":"metropole")";

}  // namespace

TEST_CASE("plan question: stages, statuses and dates of a refused refund") {
  const auto v = ask(R"({"question":"plan",)" + kCase + "}");
  REQUIRE(v.find("ok")->as_bool());
  CHECK(!v.find("warnings"));
  const auto& stages = *v.find("stages");
  CHECK(by_id(stages, "complaint").find("status")->text() == "done");
  CHECK(by_id(stages, "notice").find("until")->text() == "2026-02-28");
  CHECK(by_id(stages, "notice").find("status")->text() == "done");
  CHECK(by_id(stages, "mediator").find("until")->text() == "2027-02-10");
  CHECK(by_id(stages, "mediator").find("status")->text() == "open");
  CHECK(by_id(stages, "limit").find("until")->text() == "2031-01-28");
  CHECK(by_id(*v.find("beside"), "ecc").find("from")->text() == "2026-03-03");
  CHECK(by_id(*v.find("beside"), "ecc").find("status")->text() == "notYet");
  CHECK(by_id(*v.find("beside"), "card").find("until")->text() == "2027-02-05");
  const auto& deadlines = *v.find("deadlines");
  CHECK(by_id(deadlines, "withdrawal-end").find("date")->text() == "2026-01-28");
  CHECK(by_id(deadlines, "withdrawal-end").find("upcoming")->as_bool() == false);
  CHECK(by_id(deadlines, "mediator-until").find("upcoming")->as_bool() == true);
  CHECK(by_id(deadlines, "mediator-until").find("article")->text() == "L612-2");
  CHECK(v.find("reading")->items().size() == 1);
}

TEST_CASE("plan question: only today is required, the rest says what is missing") {
  const auto v = ask(R"({"question":"plan","today":"2026-03-02","lang":"en"})");
  REQUIRE(v.find("ok")->as_bool());
  const auto& mediator = by_id(*v.find("stages"), "mediator");
  CHECK(mediator.find("status")->text() == "notYet");
  CHECK(mediator.find("missing")->items().at(0).text() == "complaintSent");
  CHECK(v.find("deadlines")->items().empty());
  CHECK(by_id(*v.find("stages"), "notice").find("title")->text() == "Formal notice");
}

TEST_CASE("plan question: every bad field is named") {
  CHECK(error_fields(ask(R"({"question":"plan"})")) == std::vector<std::string>{"today"});
  CHECK(error_fields(ask(R"({"question":"plan","today":"2026-03-02","complaintSent":"2026-03-03"})")) ==
        std::vector<std::string>{"complaintSent"});
  CHECK(error_fields(ask(R"({"question":"plan","today":"2026-03-02","noticeDays":0,"seller":"mars","claimCents":-5})")) ==
        std::vector<std::string>{"noticeDays", "claimCents", "seller"});
  CHECK(error_fields(ask(R"({"question":"plan","today":"2026-03-02","received":"2026-02-01"})")) ==
        std::vector<std::string>{"territory"});
  CHECK(error_fields(ask(R"({"question":"plan","today":"2026-03-02","complaintSent":"2026-02-10","mediatorReferred":"2026-02-01"})")) ==
        std::vector<std::string>{"mediatorReferred"});
  const auto v = ask(R"({"question":"plan","today":"2026-03-02","complaintSent":"2026-03-03"})");
  CHECK(v.find("errors")->items()[0].find("message")->text().find("complaintSent") != std::string::npos);
}

TEST_CASE("plan question: null fields are not given, not errors") {
  const auto v = ask(R"({"question":"plan","today":"2026-03-02","complaintSent":null,"seller":null,"noticeDays":null})");
  REQUIRE(v.find("ok")->as_bool());
  CHECK(by_id(*v.find("stages"), "complaint").find("status")->text() == "todo");
}

TEST_CASE("calendar question: an .ics of the upcoming deadlines") {
  const auto v = ask(R"({"question":"calendar","remindDaysBefore":5,)" + kCase + "}");
  REQUIRE(v.find("ok")->as_bool());
  const std::string ics = v.find("ics")->text();
  CHECK(ics.rfind("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:", 0) == 0);
  CHECK(ics.find("DTSTAMP:20260302T000000Z\r\n") != std::string::npos);
  CHECK(ics.find("TRIGGER:-P5D\r\n") != std::string::npos);
  CHECK(ics.find("DTSTART;VALUE=DATE:20270210\r\nDTEND;VALUE=DATE:20270211\r\n") != std::string::npos);
  CHECK(ics.find("20260128") == std::string::npos);  // the past withdrawal deadline is not a reminder
  const auto& events = v.find("events")->items();
  REQUIRE(events.size() == 4);
  for (const auto& e : events) CHECK(ics.find("UID:" + e.find("uid")->text() + "\r\n") != std::string::npos);
  CHECK(v.find("filename")->text() == "droitconso-rappels-2026-03-02.ics");
  // Same request, same file: nothing depends on a clock or on chance.
  CHECK(ask(R"({"question":"calendar","remindDaysBefore":5,)" + kCase + "}").find("ics")->text() == ics);
}

TEST_CASE("calendar question: nothing ahead, no file") {
  const auto v = ask(R"({"question":"calendar","today":"2026-03-02"})");
  REQUIRE(v.find("ok")->as_bool());
  CHECK(v.find("ics")->is(dc::json::Value::Type::null));
  CHECK(v.find("events")->items().empty());
  CHECK(error_fields(ask(R"({"question":"calendar","today":"2026-03-02","remindDaysBefore":31})")) ==
        std::vector<std::string>{"remindDaysBefore"});
}

namespace {

// A withdrawal without the information (12-month extension), sent and the goods shipped back, with a
// conformity guarantee and a hidden defect to date.
const std::string kEngines =
    R"("today":"2026-03-02","received":"2026-01-14","territory":"metropole","infoGiven":false,)"
    R"("withdrawalSent":"2026-02-25","sellerInformed":"2026-02-26","sellerCollects":false,"proofOfShipmentSent":"2026-02-27",)"
    R"("ordered":"2026-01-10","delivered":"2026-01-14","discovered":"2026-02-20")";

std::vector<std::string> deadline_ids(const dc::json::Value& v) {
  std::vector<std::string> out;
  for (const auto& d : v.find("deadlines")->items()) out.push_back(d.find("id")->text());
  return out;
}

}  // namespace

TEST_CASE("plan question: the engines' deadlines — withdrawal case, guarantee end, hidden defect") {
  const auto v = ask(R"({"question":"plan","lang":"en",)" + kEngines + "}");
  REQUIRE(v.find("ok")->as_bool());
  const auto& d = *v.find("deadlines");
  // In date order.
  CHECK(deadline_ids(v) == std::vector<std::string>{"return-by", "refund-due", "withdrawal-end", "guarantee-end",
                                                     "hidden-defect-until"});
  // 14 days after the withdrawal was sent (L221-23): 11 March 2026.
  CHECK(by_id(d, "return-by").find("date")->text() == "2026-03-11");
  CHECK(by_id(d, "return-by").find("article")->text() == "L221-23");
  // Informed 26 February + 14 days = 12 March; the proof of shipment (27 February) came before: 12 March.
  CHECK(by_id(d, "refund-due").find("date")->text() == "2026-03-12");
  CHECK(by_id(d, "refund-due").find("article")->text() == "L221-24");
  // 28 January 2026 + 12 months (L221-20): 28 January 2027.
  CHECK(by_id(d, "withdrawal-end").find("date")->text() == "2027-01-28");
  CHECK(by_id(d, "withdrawal-end").find("article")->text() == "L221-20");
  // Delivered 14 January 2026 + 2 years (L217-3).
  CHECK(by_id(d, "guarantee-end").find("date")->text() == "2028-01-14");
  CHECK(by_id(d, "guarantee-end").find("article")->text() == "L217-3");
  CHECK(by_id(d, "guarantee-end").find("title")->text() == "End of the legal guarantee of conformity");
  // Discovered 20 February 2026 + 2 years (C. civ. 1648).
  CHECK(by_id(d, "hidden-defect-until").find("date")->text() == "2028-02-20");
  CHECK(by_id(d, "hidden-defect-until").find("article")->text() == "C. civ. 1648");

  // A contract before 2022: the former regime's last day to act (L217-12 ancien).
  const auto old = ask(R"({"question":"plan","today":"2023-03-02","ordered":"2021-06-01","delivered":"2021-06-05"})");
  REQUIRE(old.find("ok")->as_bool());
  CHECK(by_id(*old.find("deadlines"), "guarantee-end").find("date")->text() == "2023-06-05");
  CHECK(by_id(*old.find("deadlines"), "guarantee-end").find("article")->text() == "L217-12 ancien");

  // Without the contract's date, no guarantee or hidden-defect date is built on a guess.
  const auto unsure = ask(R"({"question":"plan","today":"2026-03-02","delivered":"2026-01-14","discovered":"2026-02-20"})");
  REQUIRE(unsure.find("ok")->as_bool());
  CHECK(deadline_ids(unsure).empty());

  // Not yet withdrawn: only the withdrawal's end. A service: from the conclusion (its own field).
  const auto service = ask(R"({"question":"plan","today":"2026-02-12","contract":"service","concluded":"2026-02-10","territory":"metropole"})");
  REQUIRE(service.find("ok")->as_bool());
  CHECK(deadline_ids(service) == std::vector<std::string>{"withdrawal-end"});
  CHECK(by_id(*service.find("deadlines"), "withdrawal-end").find("date")->text() == "2026-02-24");
  CHECK(error_fields(ask(R"({"question":"plan","today":"2026-03-02","received":"2026-01-14"})")) ==
        std::vector<std::string>{"territory"});
  CHECK(error_fields(ask(R"({"question":"plan","today":"2026-03-02","delivered":"2026-04-14","ordered":"2026-01-10"})")) ==
        std::vector<std::string>{"delivered"});
  CHECK(error_fields(ask(R"({"question":"plan","today":"2026-03-02","contract":"service","concluded":"2026-02-30","territory":"metropole"})")) ==
        std::vector<std::string>{"concluded"});
}

TEST_CASE("calendar question: the engines' deadlines are events of the .ics") {
  const auto v = ask(R"({"question":"calendar",)" + kEngines + "}");
  REQUIRE(v.find("ok")->as_bool());
  const std::string ics = v.find("ics")->text();
  for (const std::string day : {"20260311", "20260312", "20270128", "20280114", "20280220"})
    CHECK(ics.find("DTSTART;VALUE=DATE:" + day + "\r\n") != std::string::npos);
  CHECK(ics.find("SUMMARY:Dernier jour pour renvoyer le bien\r\n") != std::string::npos);
  CHECK(ics.find("SUMMARY:Dernier jour pour agir en garantie des vices cachés\r\n") != std::string::npos);
  CHECK(ics.find("SUMMARY:Fin de la garantie légale de conformité\r\n") != std::string::npos);
  CHECK(v.find("events")->items().size() == 5);
}
