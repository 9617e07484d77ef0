// {"question":"refusal","reason":…, and the facts of the "withdrawal" question}: does the seller's
// refusal stand in law for this case, why, the article, the French reply to paste, the next step and
// the proof file (README-refusal.md). Without "reason": the reasons it knows, for a page to offer.
#include <array>
#include "api/plan_request.hpp"
#include "api/purchase_fields.hpp"
#include "api/questions.hpp"
#include "api/withdrawal_json.hpp"
#include "calendar/iso_date.hpp"
#include "money/amount.hpp"
#include "rules/proof_file.hpp"
#include "rules/refusal.hpp"

namespace dc::api {
namespace {

using date::sys_days;

std::string_view outcome_code(Lawfulness l) {
  switch (l) {
    case Lawfulness::lawful: return "lawful";
    case Lawfulness::unlawful: return "unlawful";
    case Lawfulness::cannot_tell: return "cannot-tell";
    case Lawfulness::not_in_list: return "not-in-list";
  }
  return "";
}

std::string_view letter_code(NextLetter l) {
  switch (l) {
    case NextLetter::refund_notice: return "refund";  // the letter question's kind for the formal notice to refund
    case NextLetter::conformity: return "conformity";
    case NextLetter::hidden_defect: return "hiddenDefect";
    case NextLetter::none: break;
  }
  return "";
}

json::Value both(std::string_view fr, std::string_view en) {
  json::Value out = json::Value::object();
  out.set("fr", std::string(fr));
  out.set("en", std::string(en));
  return out;
}

json::Value money(Cents c, Lang lang) {
  json::Value out = json::Value::object();
  out.set("cents", static_cast<long long>(c));
  out.set("text", write_amount(c, lang));
  return out;
}

json::Value reasons_json() {
  json::Value out = json::Value::array();
  for (const auto& r : refusal_reasons()) {
    json::Value item = json::Value::object();
    item.set("code", std::string(r.code));
    item.set("label", both(r.label_fr, r.label_en));
    out.push(std::move(item));
  }
  return out;
}

json::Value case_json(const RefusalAnswer& a, Lang lang) {
  json::Value out = json::Value::object();
  if (a.deadline) out.set("deadline", end_json(*a.deadline));
  if (a.sent_in_time) out.set("sentInTime", std::string(sent_code(*a.sent_in_time)));
  if (a.refund_due) {
    json::Value due = json::Value::object();
    if (a.refund_due->safe) due.set("safe", iso_date(*a.refund_due->safe));
    if (a.refund_due->latest) due.set("latest", iso_date(*a.refund_due->latest));
    due.set("decidedBy", std::string(refund_rule_code(a.refund_due->decided_by)));
    out.set("refundDue", std::move(due));
  }
  if (a.sums_due) out.set("sumsDue", money(*a.sums_due, lang));
  if (a.delivery_owed) out.set("deliveryOwed", money(*a.delivery_owed, lang));
  if (a.late) {
    json::Value late = json::Value::object();
    late.set("daysLate", a.late->days_late);
    late.set("increase", money(a.late->increase.total, lang));
    late.set("totalDue", money(a.late->total_due, lang));
    out.set("lateRefund", std::move(late));
  }
  return out;
}

json::Value proof_json(const std::vector<ProofItem>& items, Lang lang) {
  json::Value list = json::Value::array();
  for (const auto& item : items) {
    json::Value i = json::Value::object();
    i.set("id", std::string(item.id));
    i.set("title", item.title);
    i.set("why", item.why.text);
    i.set("article", std::string(item.why.article.label));
    i.set("url", std::string(item.why.article.url));
    i.set("key", item.key);
    list.push(std::move(i));
  }
  json::Value out = json::Value::object();
  out.set("items", std::move(list));
  out.set("text", proof_file_text(items, lang));
  return out;
}

// The facts of the "withdrawal" question, plus the refusal's own; errors for impossible dates.
RefusalFacts read_facts(Request& req, sys_days today) {
  RefusalFacts f{{read_purchase(req, false, false), read_date(req, Input::information_received),
                  read_date(req, Input::withdrawal_sent), read_date(req, Input::seller_informed),
                  read_date(req, Input::goods_received_back), read_date(req, Input::proof_of_shipment_sent), std::nullopt,
                  std::nullopt, std::nullopt, today},
                 std::nullopt, std::nullopt, std::nullopt};
  auto& w = f.withdrawal;
  w.price_cents = req.amount("price", {"le prix payé", "the price paid"}, 0, false);
  w.delivery_cents = req.amount("delivery", {"les frais de livraison payés", "the delivery cost paid"}, 0, false);
  w.standard_delivery_cents = req.amount("standardDelivery", {"le coût de la livraison standard",
                                                              "the standard delivery cost"}, 0, false);
  f.voucher_accepted = req.boolean("voucherAccepted", {"si vous avez accepté un bon d'achat",
                                                       "whether you agreed to a voucher"}, false);
  f.complaint_sent = req.date("complaintSent", {"la date de votre réclamation écrite", "the date of your written complaint"}, false);
  f.notice_sent = req.date("noticeSent", {"la date de la mise en demeure", "the date of the formal notice"}, false);
  for (const auto& [input, day] : std::array<std::pair<Input, std::optional<sys_days>>, 7>{{
           {Input::concluded, w.purchase.concluded},
           {Input::received, w.purchase.received},
           {Input::information_received, w.information_received},
           {Input::withdrawal_sent, w.withdrawal_sent},
           {Input::seller_informed, w.seller_informed},
           {Input::goods_received_back, w.goods_received_back},
           {Input::proof_of_shipment_sent, w.proof_of_shipment_sent},
       }})
    not_after_today(req, input, day, today);
  for (const auto& [field, day] : {std::pair{"complaintSent", f.complaint_sent}, std::pair{"noticeSent", f.notice_sent}})
    if (day && *day > today)
      req.error(field, "Cette date (" + std::string(field) + ") est après aujourd'hui (today).",
                "This date (" + std::string(field) + ") is after today (today).");
  const auto& p = w.purchase;
  if (p.concluded && p.received && *p.received < *p.concluded)
    req.error("received", "La date de réception (received) est avant la conclusion du contrat (concluded).",
              "The date of receipt (received) is before the contract was concluded (concluded).");
  if (w.withdrawal_sent && w.seller_informed && *w.seller_informed < *w.withdrawal_sent)
    req.error("sellerInformed", "Le vendeur (sellerInformed) ne peut pas être informé avant l'envoi (withdrawalSent).",
              "The seller (sellerInformed) cannot be informed before the withdrawal was sent (withdrawalSent).");
  return f;
}

}  // namespace

json::Value answer_refusal(Request& req) {
  const Lang lang = req.lang();
  std::vector<std::string_view> codes;
  for (const auto& r : refusal_reasons()) codes.push_back(r.code);
  const auto code = req.choice("reason", {"le motif du refus", "the reason for the refusal"}, codes, false);
  if (!req.errors().empty()) return {};
  if (!code) {
    json::Value out = json::Value::object();
    out.set("reasons", reasons_json());
    return out;
  }
  const auto today = req.date("today", {"la date du jour", "today's date"}, true);
  if (!today) return {};
  const RefusalFacts facts = read_facts(req, *today);
  if (!req.errors().empty()) return {};

  const RefusalReason reason = *refusal_reason(*code);
  const RefusalAnswer a = assess_refusal(reason, facts, lang);
  const RefusalReasonInfo& info = refusal_reason_info(reason);
  json::Value out = json::Value::object();
  json::Value reason_json = json::Value::object();
  reason_json.set("code", std::string(info.code));
  reason_json.set("label", lang == Lang::en ? std::string(info.label_en) : std::string(info.label_fr));
  out.set("reason", std::move(reason_json));
  out.set("outcome", std::string(outcome_code(a.outcome)));
  out.set("article", std::string(a.article.label));
  out.set("url", std::string(a.article.url));
  json::Value missing = json::Value::array();
  for (const auto f : a.missing) missing.push(std::string(f));
  out.set("missing", std::move(missing));
  out.set("ask", missing_json(a.ask));
  out.set("why", steps_json(a.why));
  out.set("consequences", steps_json(a.consequences));
  if (!a.reply.empty()) out.set("reply", a.reply);
  out.set("case", case_json(a, lang));
  json::Value next = json::Value::object();
  const std::string_view letter = letter_code(a.letter);
  next.set("letter", letter.empty() ? json::Value(nullptr) : json::Value(std::string(letter)));
  if (a.next_stage) next.set("stage", stage_json(*a.next_stage));
  next.set("steps", steps_json(a.next));
  out.set("next", std::move(next));
  out.set("proofFile", proof_json(proof_file(reason, facts, lang), lang));
  return out;
}

}  // namespace dc::api
