// The table of questions, and the JSON shapes they share.
#include "api/questions.hpp"
#include <array>
#include "calendar/iso_date.hpp"

namespace dc::api {

std::span<const Question> questions() {
  static constexpr std::array<Question, 14> kQuestions{{
      {"about", &answer_about},
      {"period", &answer_period},
      {"holidays", &answer_holidays},
      {"withdrawal", &answer_withdrawal},
      {"eligibility", &answer_eligibility},
      {"extension", &answer_extension},
      {"refund", &answer_refund},
      {"non-delivery-refund", &answer_non_delivery_refund},
      {"conformity", &answer_conformity},
      {"hiddenDefect", &answer_hidden_defect},
      {"plan", &answer_plan},
      {"calendar", &answer_calendar},
      {"letter", &answer_letter},
      {"refusal", &answer_refusal},
  }};
  return kQuestions;
}

json::Value steps_json(const Steps& steps) {
  json::Value out = json::Value::array();
  for (const auto& s : steps) {
    const ArticleRef& ref = s.article;
    json::Value step = json::Value::object();
    step.set("text", s.text);
    step.set("article", std::string(ref.label));
    step.set("url", std::string(ref.url));
    out.push(std::move(step));
  }
  return out;
}

json::Value end_json(const PeriodEnd& end) {
  json::Value out = json::Value::object();
  out.set("safe", iso_date(end.safe));
  out.set("latest", iso_date(end.latest));
  return out;
}

}  // namespace dc::api
