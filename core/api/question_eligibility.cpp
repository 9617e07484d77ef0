// {"question":"eligibility","seller":…,"channel":…,"territory":…,"contract":…,"sector":…,"concluded":…,
//  and the yes/no answers of L221-28}: does the withdrawal right apply (rules.md sections 1 and 8)?
// Every field is optional: what is not given is listed under "missing", in asking order.
#include "api/purchase_fields.hpp"
#include "api/questions.hpp"

namespace dc::api {

json::Value answer_eligibility(Request& req) {
  const PurchaseFacts facts = read_purchase(req, false, false);
  const auto today = req.date("today", {"la date du jour", "today's date"}, false);
  not_after_today(req, Input::concluded, facts.concluded, today);
  not_after_today(req, Input::received, facts.received, today);
  if (!req.errors().empty()) return {};
  const Eligibility e = check_eligibility(facts, req.lang());
  json::Value out = json::Value::object();
  write_verdict(out, e.verdict, e);
  return out;
}

}  // namespace dc::api
