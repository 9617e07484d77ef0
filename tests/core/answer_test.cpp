#include <catch2/catch.hpp>
#include "api/answer.hpp"
#include "api/json.hpp"

namespace {

dc::json::Value ask(const std::string& request) {
  const auto r = dc::json::parse(dc::api::answer(request));
  REQUIRE(r.value);
  return *r.value;
}

std::string field_of_first_error(const dc::json::Value& v) {
  REQUIRE(v.find("ok")->as_bool() == false);
  return v.find("errors")->items().at(0).find("field")->text();
}

}  // namespace

TEST_CASE("period: the issue's example") {
  const auto v = ask(R"({"question":"period","event":"2026-01-14","territory":"metropole"})");
  CHECK(v.find("ok")->as_bool());
  CHECK(v.find("end")->find("safe")->text() == "2026-01-28");
  CHECK(v.find("end")->find("latest")->text() == "2026-01-28");
  const auto& steps = v.find("steps")->items();
  REQUIRE(steps.size() >= 2);
  CHECK(steps[0].find("article")->text() == "L221-19");
  CHECK(steps[0].find("url")->text().rfind("https://www.legifrance.gouv.fr/", 0) == 0);
}

TEST_CASE("holidays: Alsace-Moselle 2026 with certainty flags") {
  const auto v = ask(R"({"question":"holidays","territory":"alsace-moselle","year":2026})");
  const auto& list = v.find("holidays")->items();
  REQUIRE(list.size() == 13);
  int uncertain = 0;
  for (const auto& h : list)
    if (!h.find("certain")->as_bool()) {
      ++uncertain;
      CHECK(h.find("date")->text() == "2026-04-03");
      CHECK(h.find("condition"));
    }
  CHECK(uncertain == 1);
}

TEST_CASE("withdrawal: open, last day, closed, uncertain") {
  auto w = [](const char* received, const char* territory, const char* today) {
    return ask(std::string(R"({"question":"withdrawal","contract":"goods","received":")") + received +
               R"(","territory":")" + territory + R"(","today":")" + today + R"("})");
  };
  auto v = w("2026-01-14", "metropole", "2026-01-20");
  CHECK(v.find("status")->text() == "open");
  CHECK(v.find("daysLeft")->text() == "8");
  v = w("2026-01-14", "metropole", "2026-01-28");
  CHECK(v.find("status")->text() == "open");
  CHECK(v.find("daysLeft")->text() == "0");
  v = w("2026-01-14", "metropole", "2026-01-29");
  CHECK(v.find("status")->text() == "closed");
  v = w("2026-03-20", "alsace-moselle", "2026-04-04");  // safe 3 April, latest 7 April
  CHECK(v.find("status")->text() == "uncertain");
  CHECK(v.find("deadline")->find("latest")->text() == "2026-04-07");
}

TEST_CASE("English answers") {
  const auto v = ask(R"({"question":"period","event":"2026-01-14","territory":"metropole","lang":"en"})");
  CHECK(v.find("steps")->items()[0].find("text")->text().find("Wednesday 14 January 2026") != std::string::npos);
}

TEST_CASE("Bad input names the field") {
  CHECK(field_of_first_error(ask("not json")) == "request");
  CHECK(field_of_first_error(ask("[1]")) == "request");
  CHECK(field_of_first_error(ask("{}")) == "question");
  CHECK(field_of_first_error(ask(R"({"question":"nope"})")) == "question");
  CHECK(field_of_first_error(ask(R"({"question":"period","event":"2026-1-5","territory":"metropole"})")) == "event");
  CHECK(field_of_first_error(ask(R"({"question":"period","event":20260105,"territory":"metropole"})")) == "event");
  CHECK(field_of_first_error(ask(R"({"question":"period","event":"2026-01-05","territory":"mars"})")) == "territory");
  CHECK(field_of_first_error(ask(R"({"question":"period","event":"2026-01-05"})")) == "territory");
  CHECK(field_of_first_error(ask(R"({"question":"holidays","territory":"metropole","year":"2026"})")) == "year");
  CHECK(field_of_first_error(ask(R"({"question":"holidays","territory":"metropole","year":1e309})")) == "year");
  CHECK(field_of_first_error(ask(R"({"question":"holidays","territory":"nouvelle-caledonie","year":2026})")) == "territory");
  CHECK(field_of_first_error(ask(R"({"question":"withdrawal","contract":"goods","received":"2026-03-01","territory":"metropole","today":"2026-02-01"})")) == "received");
  CHECK(field_of_first_error(ask(R"({"question":"period","event":"2026-01-05","territory":"metropole","lang":"de"})")) == "lang");
  const auto v = ask(R"({"question":"period","event":"2026-02-30","territory":"metropole"})");
  CHECK(v.find("errors")->items()[0].find("message")->text().find("n'existe pas") != std::string::npos);
}

TEST_CASE("Unknown fields are warned about, the id is echoed") {
  const auto v = ask(R"({"question":"period","event":"2026-01-14","territory":"metropole","evnt":1,"id":"row-7"})");
  CHECK(v.find("ok")->as_bool());
  CHECK(v.find("id")->text() == "row-7");
  REQUIRE(v.find("warnings"));
  CHECK(v.find("warnings")->items()[0].find("field")->text() == "evnt");
}

TEST_CASE("about: version and law date") {
  const auto v = ask(R"({"question":"about"})");
  CHECK(v.find("lawCheckedOn")->text().size() == 10);
  CHECK(v.find("questions")->items().size() >= 4);
}
