// {"question":"period","event":"2026-01-14","territory":"metropole"}: a 14-day period (L221-19).
#include "api/questions.hpp"
#include "rules/withdrawal.hpp"

namespace dc::api {

json::Value answer_period(Request& req) {
  const auto event = req.date("event", {"la date de l'événement", "the date of the event"}, true);
  const auto territory = req.territory();
  if (!event || !territory) return {};
  const PeriodEnd end = days_after(*event, 14, *territory);
  Steps steps = explain_fourteen_days(*event, "de l'événement", "of the event", req.lang());
  for (auto& s : explain_roll(end, req.lang())) steps.push_back(std::move(s));
  json::Value out = json::Value::object();
  out.set("end", end_json(end));
  out.set("steps", steps_json(steps));
  return out;
}

}  // namespace dc::api
