// {"question":"hiddenDefect","sale":…,"discovered":…,"sellerKnew":true,"today":…}: the guarantee
// against hidden defects (C. civ. 1641 to 1649; rules.md section 10).
#include "api/date_checks.hpp"
#include "api/questions.hpp"
#include "api/term_json.hpp"
#include "rules/hidden_defect.hpp"

namespace dc::api {
namespace {

constexpr Label kSale{"la date de la vente", "the date of the sale"};
constexpr Label kDiscovered{"la date de découverte du défaut", "the date the defect was discovered"};

std::string missing_name(HiddenDefectFact f) {
  switch (f) {
    case HiddenDefectFact::sale: return "sale";
    case HiddenDefectFact::discovered: return "discovered";
    case HiddenDefectFact::seller_knew: return "sellerKnew";
  }
  return "";
}

json::Value result_json(const HiddenDefectResult& r) {
  json::Value out = json::Value::object();
  out.set("outcome", r.missing.empty() ? "answered" : "cannotTell");
  json::Value missing = json::Value::array();
  for (const auto f : r.missing) missing.push(missing_name(f));
  out.set("missing", std::move(missing));
  out.set("deadline", date_or_null(r.deadline));
  out.set("twoYearsFromDiscovery", date_or_null(r.two_years_from_discovery));
  out.set("twentyYearsFromSale", date_or_null(r.twenty_years_from_sale));
  out.set("capped", r.capped);
  out.set("status", std::string(term_status_code(r.from_today.status)));
  out.set("daysLeft", days_left_json(r.from_today));
  json::Value actions = json::Value::array();
  actions.push("redhibitory");
  actions.push("estimatory");
  out.set("actions", std::move(actions));
  out.set("damages", bool_or_null(r.damages));
  out.set("steps", steps_json(r.steps));
  out.set("information", steps_json(r.information));
  return out;
}

}  // namespace

json::Value answer_hidden_defect(Request& req) {
  HiddenDefectInput in;
  in.sale = req.date("sale", kSale, false);
  in.discovered = req.date("discovered", kDiscovered, false);
  in.seller_knew = req.boolean("sellerKnew", {"si le vendeur connaissait le défaut", "whether the seller knew"}, false);
  if (req.has("territory")) in.territory = req.territory();
  const auto today = req.date("today", {"la date du jour", "today's date"}, true);
  if (!today || !check_today_for_long_periods(req, *today)) return {};
  in.today = *today;
  const DateField sale{"sale", kSale, in.sale}, discovered{"discovered", kDiscovered, in.discovered};
  check_not_after_today(req, sale, in.today);
  check_not_after_today(req, discovered, in.today);
  check_not_before(req, discovered, sale);
  if (!req.errors().empty()) return {};
  return result_json(hidden_defect(in, req.lang()));
}

}  // namespace dc::api
