// The case fields of "plan" and "calendar", and the JSON shapes of a stage and a deadline.
#include "api/plan_request.hpp"
#include <array>
#include "api/questions.hpp"
#include "calendar/iso_date.hpp"
#include "api/purchase_fields.hpp"
#include "money/amount.hpp"
#include "rules/conformity.hpp"
#include "rules/hidden_defect.hpp"
#include "rules/withdrawal_case.hpp"

namespace dc::api {
namespace {

std::string_view status_code(StageStatus s) {
  switch (s) {
    case StageStatus::done: return "done";
    case StageStatus::to_do: return "todo";
    case StageStatus::waiting: return "waiting";
    case StageStatus::open: return "open";
    case StageStatus::not_yet: return "notYet";
    case StageStatus::closed: return "closed";
    case StageStatus::not_applicable: return "notApplicable";
    case StageStatus::unknown: return "unknown";
    case StageStatus::info: return "info";
  }
  return "";
}

std::optional<SellerPlace> read_seller(Request& req) {
  static constexpr std::array<std::string_view, 3> kPlaces{"france", "eu", "outside-eu"};
  if (!req.value("seller")) return SellerPlace::unknown;  // absent or null: not given
  const auto place = req.choice("seller", {"le pays du vendeur", "the seller's country"}, kPlaces, false);
  if (!place) return std::nullopt;
  if (*place == "france") return SellerPlace::france;
  if (*place == "eu") return SellerPlace::other_eu;
  return SellerPlace::outside_eu;
}

// The withdrawal case's deadlines, from the extended withdrawal engine (withdrawal_case), when its
// start date ("received", or "concluded" for a service) is given: the last day to withdraw (with the
// 12-month extension when the information was not given), the last day to send the goods back and
// the refund's due date once the withdrawal was sent or the seller informed. The fields are the
// withdrawal question's; "contract" is "goods" when not given.
// Returns "concluded" (the contract's date), read with the withdrawal's facts.
std::optional<date::sys_days> add_withdrawal_deadlines(Request& req, EscalationInput& in) {
  if (!req.has("received") && !req.has("concluded")) {
    req.mark_known("territory");  // used only with the withdrawal's start date
    return std::nullopt;
  }
  PurchaseFacts purchase = read_purchase_without_scope(req);
  if (!purchase.contract) purchase.contract = ContractKind::goods;
  const std::optional<date::sys_days> concluded = purchase.concluded;
  if (!purchase.territory) return concluded;
  require_start_date(req, purchase, in.today);
  const WithdrawalFacts facts = read_withdrawal_facts(req, std::move(purchase), in.today);
  if (!req.errors().empty()) return concluded;
  const WithdrawalCase c = assess_withdrawal(facts, req.lang());
  if (std::holds_alternative<DoesNotApply>(c.verdict) || !c.period) return concluded;
  const Lang lang = req.lang();
  in.case_deadlines.push_back({"withdrawal-end", c.period->end.safe,
                               tr(lang, "Dernier jour pour envoyer votre rétractation", "Last day to send your withdrawal"),
                               c.period->extension ? art::L221_20 : art::L221_18});
  if (c.return_goods && c.return_goods->by)
    in.case_deadlines.push_back({"return-by", c.return_goods->by->safe,
                                 tr(lang, "Dernier jour pour renvoyer le bien", "Last day to send the goods back"), art::L221_23});
  if (c.refund && c.refund->due && c.refund->due->safe)
    in.case_deadlines.push_back({"refund-due", *c.refund->due->safe,
                                 tr(lang, "Dernier jour pour que le vendeur vous rembourse",
                                    "Last day for the seller to refund you"),
                                 art::L221_24});
  return concluded;
}

// The contract's date, for the guarantees: "ordered", or else the withdrawal's "concluded".
std::optional<date::sys_days> contract_day(Request& req, date::sys_days today, std::optional<date::sys_days> concluded) {
  const auto ordered = read_past_date(req, "ordered", {"la date du contrat (commande)", "the contract (order) date"}, false, today);
  if (ordered || req.has("ordered")) return ordered;
  return concluded;
}

// The guarantee end (legal guarantee of conformity, goods) from rules/conformity, when "delivered" is given.
void add_conformity_deadline(Request& req, EscalationInput& in, std::optional<date::sys_days> contract) {
  const auto delivered = read_past_date(req, "delivered", {"la date de livraison", "the delivery date"}, false, in.today);
  if (!delivered) return;
  ConformityInput c;
  c.item = ConformityItem::goods;
  c.contract = contract;
  c.delivered = delivered;
  c.today = in.today;
  const ConformityResult r = legal_conformity(c, req.lang());
  if (!r.until || !r.regime) return;
  const bool before2022 = *r.regime == ConformityRegime::before2022;
  in.case_deadlines.push_back({"guarantee-end", *r.until,
                               before2022 ? tr(req.lang(), "Dernier jour pour agir au titre de la garantie légale de conformité",
                                               "Last day to act under the legal guarantee of conformity")
                                          : tr(req.lang(), "Fin de la garantie légale de conformité",
                                               "End of the legal guarantee of conformity"),
                               before2022 ? art::L217_12_old : art::L217_3});
}

// The hidden-defect action's last day from rules/hidden_defect, when "discovered" and the sale are given.
void add_hidden_defect_deadline(Request& req, EscalationInput& in, std::optional<date::sys_days> sale) {
  const auto discovered = read_past_date(req, "discovered", {"la date de découverte du défaut", "the day the defect was discovered"}, false, in.today);
  if (!discovered) return;
  HiddenDefectInput h;
  h.sale = sale;
  h.discovered = discovered;
  h.today = in.today;
  const HiddenDefectResult r = hidden_defect(h, req.lang());
  if (!r.deadline) return;
  in.case_deadlines.push_back({"hidden-defect-until", *r.deadline,
                               tr(req.lang(), "Dernier jour pour agir en garantie des vices cachés",
                                  "Last day to act under the guarantee against hidden defects"),
                               r.capped ? art::civ_2232 : art::civ_1648});
}

}  // namespace

std::optional<date::sys_days> read_past_date(Request& req, std::string_view field, Label label, bool required,
                                             date::sys_days today) {
  const auto d = req.date(field, label, required);
  if (!d || *d <= today) return d;
  const auto cap = [](std::string_view s) {
    std::string out(s);
    if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
    return out;
  };
  req.error(field,
            cap(label.fr) + " (" + std::string(field) + ") est après la date du jour (today) : indiquez un jour passé, "
                "ou aujourd'hui.",
            cap(label.en) + " (" + std::string(field) + ") is after today (today): give a past day, or today.");
  return std::nullopt;
}

std::optional<int> read_notice_days(Request& req) {
  if (!req.value("noticeDays")) return kDefaultNoticeDays;  // absent or null: the customary 8 days
  const auto n = req.integer("noticeDays", {"le délai de la mise en demeure", "the formal notice's delay"}, 1, 90, false);
  if (!n) return std::nullopt;
  return static_cast<int>(*n);
}

std::optional<EscalationInput> read_escalation_input(Request& req) {
  const auto today = req.date("today", {"la date du jour", "today's date"}, true);
  if (!today) return std::nullopt;
  const std::size_t errors_before = req.errors().size();
  EscalationInput in{};
  in.today = *today;
  const auto past = [&](std::string_view field, Label label) { return read_past_date(req, field, label, false, *today); };
  in.complaint_sent = past("complaintSent", {"la date de la réclamation écrite", "the date of the written complaint"});
  in.notice_sent = past("noticeSent", {"la date de la mise en demeure", "the date of the formal notice"});
  in.mediator_referred = past("mediatorReferred", {"la date de saisine du médiateur", "the date the mediator was asked"});
  in.facts_known = past("factsKnown", {"le jour où vous avez connu les faits", "the day you knew the facts"});
  in.card_debit = past("cardDebit", {"la date du débit de la carte", "the card debit date"});
  const auto days = read_notice_days(req);
  in.claim_cents = req.integer("claimCents", {"le montant demandé, en centimes", "the amount claimed, in cents"}, 1,
                               kMaxAmountCents, false);
  const auto seller = read_seller(req);
  const auto concluded = add_withdrawal_deadlines(req, in);
  const auto contract = contract_day(req, *today, concluded);
  add_conformity_deadline(req, in, contract);
  add_hidden_defect_deadline(req, in, contract);
  if (req.errors().size() != errors_before || !days || !seller) return std::nullopt;
  in.notice_days = *days;
  in.seller = *seller;
  if (in.mediator_referred && in.complaint_sent && *in.mediator_referred < *in.complaint_sent) {
    req.error("mediatorReferred",
              "La date de saisine du médiateur (mediatorReferred) est avant votre réclamation écrite (complaintSent) : "
              "le médiateur ne peut être saisi qu'après elle.",
              "The date the mediator was asked (mediatorReferred) is before your written complaint (complaintSent): "
              "the mediator can only be asked after it.");
    return std::nullopt;
  }
  return in;
}

json::Value stage_json(const Stage& s) {
  json::Value out = json::Value::object();
  out.set("id", std::string(s.id));
  out.set("title", s.title);
  out.set("status", std::string(status_code(s.status)));
  if (s.from) out.set("from", iso_date(*s.from));
  if (s.until) out.set("until", iso_date(*s.until));
  json::Value missing = json::Value::array();
  for (const auto m : s.missing) missing.push(std::string(m));
  out.set("missing", std::move(missing));
  out.set("steps", steps_json(s.steps));
  return out;
}

json::Value deadline_json(const Deadline& d, date::sys_days today) {
  json::Value out = json::Value::object();
  out.set("id", std::string(d.id));
  out.set("date", iso_date(d.day));
  out.set("title", d.title);
  out.set("article", std::string(d.article.label));
  out.set("url", std::string(d.article.url));
  out.set("upcoming", d.day >= today);
  return out;
}

}  // namespace dc::api
