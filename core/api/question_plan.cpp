// {"question":"plan","today":…,"complaintSent":…,…}: what to do next, stage by stage, with dates
// (rules.md section 11).
#include "api/plan_request.hpp"
#include "api/questions.hpp"

namespace dc::api {

json::Value answer_plan(Request& req) {
  const auto in = read_escalation_input(req);
  if (!in) return {};
  const EscalationPlan plan = escalation_plan(*in, req.lang());
  json::Value out = json::Value::object();
  json::Value stages = json::Value::array();
  for (const auto& s : plan.stages) stages.push(stage_json(s));
  json::Value beside = json::Value::array();
  for (const auto& s : plan.beside) beside.push(stage_json(s));
  json::Value deadlines = json::Value::array();
  for (const auto& d : plan.deadlines) deadlines.push(deadline_json(d, in->today));
  out.set("stages", std::move(stages));
  out.set("beside", std::move(beside));
  out.set("deadlines", std::move(deadlines));
  out.set("reading", steps_json(plan.reading));
  return out;
}

}  // namespace dc::api
