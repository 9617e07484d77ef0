// The questions the JSON API answers. Each lives in its own question_<name>.cpp: it reads its
// fields from the Request and returns the result's members (the dispatcher adds "ok").
#pragma once
#include <span>
#include <string_view>
#include "api/json.hpp"
#include "api/request.hpp"
#include "rules/period.hpp"
#include "rules/step.hpp"

namespace dc::api {

using Handler = json::Value (*)(Request&);

struct Question {
  std::string_view name;
  Handler handler;
};

std::span<const Question> questions();

json::Value answer_about(Request& req);
json::Value answer_period(Request& req);
json::Value answer_holidays(Request& req);
json::Value answer_withdrawal(Request& req);
json::Value answer_eligibility(Request& req);
json::Value answer_extension(Request& req);
json::Value answer_refund(Request& req);
json::Value answer_non_delivery_refund(Request& req);
json::Value answer_conformity(Request& req);
json::Value answer_hidden_defect(Request& req);
json::Value answer_plan(Request& req);
json::Value answer_calendar(Request& req);
json::Value answer_letter(Request& req);
json::Value answer_refusal(Request& req);

// Shared shapes of the results.
json::Value steps_json(const Steps& steps);
json::Value end_json(const PeriodEnd& end);  // {"safe":…, "latest":…}

}  // namespace dc::api
