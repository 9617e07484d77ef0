// {"question":"extension","initialEnd":"2026-01-26","informationReceived":…,"territory":…}: the
// L221-20 extension from the end of an initial period already known (as rolled past closed days).
#include "api/questions.hpp"
#include "api/withdrawal_json.hpp"
#include "calendar/iso_date.hpp"

namespace dc::api {
namespace {

std::string_view extension_rule_code(ExtensionRule r) {
  switch (r) {
    case ExtensionRule::twelve_months: return "twelve-months";
    case ExtensionRule::fourteen_days_from_information: return "fourteen-days-from-information";
    case ExtensionRule::information_in_time: return "information-in-time";
  }
  return "";
}

}  // namespace

json::Value extension_json(const Extension& x) {
  json::Value out = json::Value::object();
  out.set("rule", std::string(extension_rule_code(x.rule)));
  out.set("twelveMonths", end_json(x.twelve_months));
  if (x.unrolled_reading) out.set("unrolledReading", iso_date(*x.unrolled_reading));
  out.set("steps", steps_json(x.steps));
  return out;
}

json::Value answer_extension(Request& req) {
  const auto initial_end = req.date("initialEnd", {"la fin du délai initial", "the end of the initial period"}, true);
  const auto info = req.date("informationReceived", {"la date où l'information a été reçue",
                                                      "the date the information was received"}, false);
  const auto territory = req.territory();
  if (!initial_end || !territory || !req.errors().empty()) return {};
  // The initial end is taken as given: already rolled, nothing certain or uncertain left to move.
  const PeriodEnd initial{*initial_end, *initial_end, *initial_end, {}};
  const Extension x = extended_period(initial, info, *territory, req.lang());
  json::Value out = extension_json(x);
  out.set("end", end_json(x.end));
  return out;
}

}  // namespace dc::api
