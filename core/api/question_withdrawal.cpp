// {"question":"withdrawal","contract":"goods","received":…,"territory":…,"today":…, and optionally the
// eligibility facts, "infoGiven", the withdrawal, return and refund facts}: does the right apply, the
// last day to withdraw and where today stands, how to withdraw, the return and refund due dates
// (L221-18 to L221-28; README-withdrawal.md).
#include <array>
#include "api/purchase_fields.hpp"
#include "api/questions.hpp"
#include "api/withdrawal_json.hpp"
#include "calendar/iso_date.hpp"
#include "rules/withdrawal_case.hpp"

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

std::string_view start_code(StartRule r) {
  switch (r) {
    case StartRule::receipt: return "receipt";
    case StartRule::last_receipt: return "last-receipt";
    case StartRule::first_receipt: return "first-receipt";
    case StartRule::conclusion: return "conclusion";
  }
  return "";
}

std::string_view online_code(OnlineFunction f) {
  switch (f) {
    case OnlineFunction::required: return "required";
    case OnlineFunction::not_required: return "not-required";
    case OnlineFunction::depends: return "depends";
  }
  return "";
}

std::string_view payer_code(CostPayer p) {
  switch (p) {
    case CostPayer::consumer: return "consumer";
    case CostPayer::seller: return "seller";
    case CostPayer::unknown: return "unknown";
  }
  return "";
}

std::string_view depreciation_code(Depreciation d) {
  switch (d) {
    case Depreciation::not_owed: return "not-owed";
    case Depreciation::owed: return "owed";
    case Depreciation::unknown: return "unknown";
  }
  return "";
}

json::Value optional_bool(std::optional<bool> b) { return b ? json::Value(*b) : json::Value(nullptr); }

void write_period(json::Value& out, const WithdrawalPeriod& w) {
  json::Value start = json::Value::object();
  start.set("rule", std::string(start_code(w.start.rule)));
  start.set("date", iso_date(w.start.event));
  if (w.start.may_withdraw_from) start.set("mayWithdrawFrom", iso_date(*w.start.may_withdraw_from));
  start.set("article", std::string(art::L221_18.label));
  start.set("url", std::string(art::L221_18.url));
  out.set("start", std::move(start));
  out.set("deadline", end_json(w.end));
  out.set("status", std::string(status_code(w.from_today.status)));
  out.set("daysLeft", static_cast<long long>(w.from_today.days_left));
  out.set("steps", steps_json(w.steps));
  out.set("initialDeadline", end_json(w.initial));
  if (w.extension) out.set("extension", extension_json(*w.extension));
  if (w.if_not_informed) {
    json::Value alt = extension_json(*w.if_not_informed);
    alt.set("deadline", end_json(w.if_not_informed->end));
    alt.set("status", std::string(status_code(w.if_not_informed_from_today->status)));
    alt.set("daysLeft", static_cast<long long>(w.if_not_informed_from_today->days_left));
    out.set("ifNotInformed", std::move(alt));
  }
  if (w.sent_in_time) out.set("sentInTime", std::string(sent_code(*w.sent_in_time)));
}

json::Value how_json(const HowToWithdraw& h) {
  json::Value out = json::Value::object();
  out.set("onlineFunction", std::string(online_code(h.online_function)));
  if (!h.missing.empty()) out.set("missing", missing_json(h.missing));
  out.set("steps", steps_json(h.steps));
  return out;
}

json::Value return_json(const ReturnDue& r, std::optional<bool> seller_collects) {
  json::Value out = json::Value::object();
  if (r.by) {
    out.set("safe", iso_date(r.by->safe));
    out.set("latest", iso_date(r.by->latest));
  }
  out.set("sellerCollects", optional_bool(seller_collects));
  out.set("costPayer", std::string(payer_code(r.cost_payer)));
  out.set("depreciation", std::string(depreciation_code(r.depreciation)));
  out.set("missing", missing_json(r.missing));
  out.set("steps", steps_json(r.steps));
  return out;
}

json::Value refund_json(const RefundPart& r) {
  json::Value out = json::Value::object();
  if (r.due) {
    if (r.due->safe) out.set("safe", iso_date(*r.due->safe));
    if (r.due->latest) out.set("latest", iso_date(*r.due->latest));
    out.set("decidedBy", std::string(refund_rule_code(r.due->decided_by)));
    out.set("fourteenDays", end_json(r.due->fourteen_days));
    if (r.due->if_seller_collects) out.set("ifSellerCollects", iso_date(*r.due->if_seller_collects));
  }
  if (r.sums) out.set("amountCents", static_cast<long long>(r.sums->cents));
  out.set("missing", missing_json(r.missing));
  out.set("steps", steps_json(r.steps));
  return out;
}

}  // namespace

json::Value answer_withdrawal(Request& req) {
  PurchaseFacts purchase = read_purchase(req, true, true);
  const auto today = req.date("today", {"la date du jour", "today's date"}, true);
  if (!purchase.contract || !purchase.territory || !today) return {};
  require_start_date(req, purchase, *today);
  const WithdrawalFacts facts = read_withdrawal_facts(req, std::move(purchase), *today);
  if (!req.errors().empty()) return {};

  const WithdrawalCase c = assess_withdrawal(facts, req.lang());
  json::Value out = json::Value::object();
  write_verdict(out, c.verdict, c.eligibility);
  if (std::holds_alternative<DoesNotApply>(c.verdict)) return out;
  if (c.period) write_period(out, *c.period);
  if (c.how) out.set("howTo", how_json(*c.how));
  if (c.return_goods) out.set("returnBy", return_json(*c.return_goods, facts.purchase.answers[Input::seller_collects]));
  if (c.refund) out.set("refundDue", refund_json(*c.refund));
  return out;
}

}  // namespace dc::api
