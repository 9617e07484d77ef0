// {"question":"non-delivery-refund", "paid":"249,90", "refundDue":"2026-03-16", "refunded":"2026-04-20"}:
// the L241-4 increase when the seller refunds late after a cancellation for non-delivery. Kept apart
// from "refund" (L242-4, after a withdrawal): the two scales differ and are often confused.
#include "api/questions.hpp"
#include "calendar/iso_date.hpp"
#include "money/amount.hpp"
#include "rules/non_delivery_refund.hpp"

namespace dc::api {
namespace {

json::Value money_json(Cents c, Lang lang) {
  json::Value out = json::Value::object();
  out.set("cents", static_cast<long long>(c));
  out.set("text", write_amount(c, lang));
  return out;
}

json::Value tier_json(const L241Tier& t) {
  json::Value out = json::Value::object();
  out.set("kind", t.percent == 0 ? "none" : "percent");
  if (t.percent == 0) return out;
  out.set("percent", t.percent);
  out.set("fromDay", t.first_day);
  if (t.last_day) out.set("toDay", t.last_day);
  else out.set("toDay", nullptr);
  return out;
}

}  // namespace

json::Value answer_non_delivery_refund(Request& req) {
  const Lang lang = req.lang();
  const auto paid = req.amount("paid", {"la totalité des sommes versées", "every sum paid"}, 1, true);
  const auto due = req.date("refundDue", {"la date où le remboursement était dû", "the date the refund was due"}, true);
  const auto refunded = req.date("refunded", {"la date du remboursement", "the date of the refund"}, false);
  const auto today = req.date("today", {"la date du jour", "today's date"}, false);
  // Absent or null alike (a bad date has its own error): one of the two is needed.
  if (!refunded && !today && !req.value("refunded") && !req.value("today"))
    req.error("refunded", "Indiquez la date du remboursement (refunded) ou, s'il n'a pas encore eu lieu, la date du jour (today).",
              "Give the date of the refund (refunded) or, if there has been none yet, today's date (today).");
  if (refunded && today && *refunded > *today)
    req.error("refunded", "La date du remboursement (refunded) est après aujourd'hui (today).",
              "The date of the refund (refunded) is after today (today).");
  if (!req.errors().empty() || !paid || !due || !(refunded || today)) return {};

  const NonDeliveryInput in{*paid, *due, refunded ? *refunded : *today, refunded.has_value()};
  const auto r = non_delivery_refund(in, lang);
  if (!r) {
    req.error("paid", "Montant trop grand pour être calculé.", "Amount too large to compute.");
    return {};
  }
  json::Value out = json::Value::object();
  out.set("status", r->days_late > 0 ? "late" : "not-late");
  json::Value due_json = json::Value::object();
  due_json.set("date", iso_date(in.due));
  due_json.set("rule", "given");
  out.set("refundDue", std::move(due_json));
  out.set("asOf", iso_date(in.as_of));
  out.set("refunded", in.refunded);
  out.set("daysLate", r->days_late);
  out.set("sumsDue", money_json(in.paid, lang));
  json::Value increase = money_json(r->increase, lang);
  increase.set("tier", tier_json(r->tier));
  increase.set("readings", json::Value::array());
  out.set("increase", std::move(increase));
  out.set("totalDue", money_json(r->total_due, lang));
  if (in.refunded) out.set("stillOwed", money_json(r->increase, lang));
  if (r->next) {
    json::Value next = money_json(r->next->cents, lang);
    next.set("day", r->next->day);
    next.set("date", iso_date(r->next->date));
    next.set("tier", tier_json(r->next->tier));
    out.set("nextTier", std::move(next));
  }
  out.set("steps", steps_json(r->steps));
  return out;
}

}  // namespace dc::api
