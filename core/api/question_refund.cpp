// {"question":"refund", "price":"249,90", "delivery":"4,99", "sellerInformed":"2026-03-02", …}: the
// refund due date after a withdrawal (L221-24) and, when the seller is late, the L242-4 increase
// with the legal interest rate by half-year (CMF L313-2). README-refund.md documents every field.
#include <array>
#include "api/questions.hpp"
#include "api/refund_fields.hpp"
#include "calendar/iso_date.hpp"
#include "money/amount.hpp"
#include "money/percent.hpp"
#include "rules/late_refund.hpp"
#include "rules/refund_due.hpp"

namespace dc::api {
namespace {

using date::sys_days;

std::string_view reading_code(ReadingId id) {
  switch (id) {
    case ReadingId::tier_bounds: return "tier-bounds";
    case ReadingId::interest_pro_rata: return "legal-interest-pro-rata";
    case ReadingId::started_months: return "started-months";
    case ReadingId::cap_on_price: return "cap-on-price";
    case ReadingId::due_safe_date: return "due-safe-date";
  }
  return "";
}

std::string_view origin_code(RateOrigin o) {
  switch (o) {
    case RateOrigin::table: return "table";
    case RateOrigin::supplied: return "supplied";
    case RateOrigin::nearest_known: return "nearest-known";
  }
  return "";
}

json::Value money_json(Cents c, Lang lang) {
  json::Value out = json::Value::object();
  out.set("cents", static_cast<long long>(c));
  out.set("text", write_amount(c, lang));
  return out;
}

json::Value tier_json(const L242Tier& t, bool capped, int cap_day) {
  json::Value out = json::Value::object();
  if (capped) {
    out.set("kind", "cap");
    out.set("fromDay", cap_day);
    return out;
  }
  switch (t.kind) {
    case TierKind::none: out.set("kind", "none"); return out;
    case TierKind::legal_interest: out.set("kind", "legal-interest"); break;
    case TierKind::percent:
      out.set("kind", "percent");
      out.set("percent", t.percent);
      break;
  }
  out.set("fromDay", t.first_day);
  out.set("toDay", t.last_day);
  return out;
}

json::Value readings_json(const std::vector<ReadingFigure>& readings, Lang lang) {
  json::Value out = json::Value::array();
  for (const auto& r : readings) {
    json::Value item = json::Value::object();
    item.set("id", std::string(reading_code(r.id)));
    item.set("applied", r.applied);
    item.set("alternative", r.alternative);
    item.set("cents", static_cast<long long>(r.cents));
    item.set("alternativeCents", static_cast<long long>(r.alternative_cents));
    item.set("alternativeText", write_amount(r.alternative_cents, lang));
    out.push(std::move(item));
  }
  return out;
}

json::Value rates_json(const IncreaseFigure& f, Lang lang) {
  json::Value out = json::Value::array();
  for (const auto* segments : {&f.tier_interest.segments, &f.after_cap_interest.segments})
    for (const auto& s : *segments) {
      json::Value item = json::Value::object();
      item.set("from", iso_date(s.first));
      item.set("to", iso_date(s.last));
      item.set("days", s.days);
      item.set("leapYearDays", s.leap_year_days);
      item.set("hundredths", s.rate.consumer);
      item.set("text", write_percent(s.rate.consumer, lang));
      item.set("origin", std::string(origin_code(s.rate.origin)));
      if (s.rate.known) {
        item.set("halfYear", std::string(s.rate.known->half_year));
        item.set("arrete", std::string(s.rate.known->arrete));
      }
      out.push(std::move(item));
    }
  return out;
}

json::Value warning(std::string field, std::string message) {
  json::Value w = json::Value::object();
  w.set("field", std::move(field));
  w.set("message", std::move(message));
  return w;
}

json::Value rate_warnings(const LateRefundResult& r, std::optional<int> supplied, Lang lang) {
  json::Value out = json::Value::array();
  const std::string list = missing_half_years_text(r.rates_missing);
  if (r.nearest_rate_used) {
    out.push(warning("legalRatePercent",
                     tr(lang,
                        "Le taux de l'intérêt légal de " + list + " n'est pas encore dans DroitConso : le dernier taux connu a "
                        "été utilisé, le montant est donc approché. Le taux de chaque semestre est fixé par arrêté publié au "
                        "Journal officiel (et repris sur service-public.fr) : indiquez-le dans legalRatePercent.",
                        "The legal interest rate of " + list + " is not yet in DroitConso: the latest known rate was used, "
                        "so the amount is approximate. Each half-year's rate is fixed by an arrêté published in the Journal "
                        "officiel (and shown on service-public.fr): give it in legalRatePercent.")));
  } else if (supplied && !r.supplied_rate_used) {
    out.push(warning("legalRatePercent",
                     tr(lang, "Le taux indiqué n'a pas servi : la table de DroitConso contient le taux de chaque jour du calcul.",
                        "The rate given was not used: DroitConso's table holds the rate of every day of the computation.")));
  }
  return out;
}

// The seller may still wait (neither goods back nor proof of shipment yet): no date to count from.
json::Value cannot_tell_yet(const RefundDue& due, const Steps& steps) {
  json::Value out = json::Value::object();
  out.set("status", "cannot-tell-yet");
  json::Value missing = json::Value::array();
  for (const auto input : due.missing) missing.push(std::string(input_spec(input).field));
  out.set("missing", std::move(missing));
  json::Value due_json = json::Value::object();
  due_json.set("earliest", iso_date(due.fourteen_days.safe));
  out.set("refundDue", std::move(due_json));
  out.set("steps", steps_json(steps));
  return out;
}

}  // namespace

json::Value answer_refund(Request& req) {
  const Lang lang = req.lang();
  const auto c = read_refund_case(req);
  if (!c) return {};
  if (!c->input) return cannot_tell_yet(*c->due, c->due_steps);
  const LateRefundInput& in = *c->input;
  const auto& r = c->result;
  const sys_days due_safe = in.due, due_latest = in.due_latest;
  const bool due_given = c->due_given;
  const auto rate = c->supplied_rate;
  const Steps& due_steps = c->due_steps;

  json::Value out = json::Value::object();
  out.set("status", r->days_late > 0 ? "late" : "not-late");
  json::Value due_json = json::Value::object();
  due_json.set("date", iso_date(due_safe));
  due_json.set("latest", iso_date(due_latest));
  due_json.set("rule", due_given ? "given" : std::string(refund_rule_code(c->due->decided_by)));
  out.set("refundDue", std::move(due_json));
  out.set("asOf", iso_date(in.as_of));
  out.set("refunded", in.refunded);
  out.set("daysLate", r->days_late);
  out.set("sumsDue", money_json(r->sums_due, lang));

  json::Value increase = money_json(r->increase.total, lang);
  increase.set("tier", tier_json(r->increase.tier, r->increase.capped, r->increase.cap_day));
  increase.set("tierCents", static_cast<long long>(r->increase.tier_cents));
  increase.set("afterCapCents", static_cast<long long>(r->increase.after_cap_cents));
  increase.set("readings", readings_json(r->readings, lang));
  increase.set("prudent", money_json(r->prudent_cents, lang));
  out.set("increase", std::move(increase));
  out.set("totalDue", money_json(r->total_due, lang));
  if (in.refunded) out.set("stillOwed", money_json(r->increase.total, lang));

  json::Value cap = money_json(r->increase.cap_cents, lang);
  cap.set("day", r->increase.cap_day);
  cap.set("date", iso_date(due_safe + date::days{r->increase.cap_day}));
  cap.set("reached", r->increase.capped);
  out.set("cap", std::move(cap));
  if (r->next) {
    json::Value next = money_json(r->next->cents, lang);
    next.set("day", r->next->day);
    next.set("date", iso_date(r->next->date));
    next.set("tier", tier_json(r->next->tier, r->next->cap, r->next->day));
    next.set("cap", r->next->cap);
    out.set("nextTier", std::move(next));
  }
  out.set("legalRates", rates_json(r->increase, lang));

  Steps steps = due_steps;
  for (const auto& s : r->steps) steps.push_back(s);
  out.set("steps", steps_json(steps));
  const json::Value warnings = rate_warnings(*r, rate, lang);
  if (!warnings.items().empty()) out.set("warnings", warnings);
  return out;
}

}  // namespace dc::api
