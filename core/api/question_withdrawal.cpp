// {"question":"withdrawal","contract":"goods","received":…,"territory":…,"today":…}:
// the last day to withdraw and where today stands (L221-18, L221-19).
#include "api/questions.hpp"
#include <array>
#include "calendar/iso_date.hpp"
#include "rules/withdrawal.hpp"

namespace dc::api {
namespace {

std::string_view status_code(DeadlineStatus s) {
  switch (s) {
    case DeadlineStatus::open: return "open";
    case DeadlineStatus::uncertain: return "uncertain";
    case DeadlineStatus::closed: return "closed";
  }
  return "";
}

}  // namespace

json::Value answer_withdrawal(Request& req) {
  static constexpr std::array<std::string_view, 1> kContracts{"goods"};
  const auto contract = req.choice("contract", {"le type de contrat", "the kind of contract"}, kContracts, true);
  const auto received = req.date("received", {"la date de réception", "the date of receipt"}, true);
  const auto territory = req.territory();
  const auto today = req.date("today", {"la date du jour", "today's date"}, true);
  if (!contract || !received || !territory || !today) return {};
  if (*received > *today) {
    req.error("received", "La date de réception (received) est après aujourd'hui (today) : indiquez le jour où vous avez reçu le bien.",
              "The date of receipt (received) is after today (today): give the day you received the goods.");
    return {};
  }
  const WithdrawalResult r = goods_withdrawal({*received, *territory, *today}, req.lang());
  json::Value out = json::Value::object();
  out.set("deadline", end_json(r.end));
  out.set("status", std::string(status_code(r.from_today.status)));
  out.set("daysLeft", static_cast<long long>(r.from_today.days_left));
  out.set("steps", steps_json(r.steps));
  return out;
}

}  // namespace dc::api
