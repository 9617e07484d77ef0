// {"question":"letter","kind":"withdrawal"|"refund"|"mediator"|"conformity"|"hiddenDefect",…}: a ready-to-send
// letter in French, filled from the case with the dates the engines compute. One function per kind:
// it reads the kind's fields, calls the engines, and hands the facts to the letter.
#include <algorithm>
#include <array>
#include "api/date_checks.hpp"
#include "api/letter_request.hpp"
#include "api/plan_request.hpp"
#include "api/purchase_fields.hpp"
#include "api/questions.hpp"
#include "api/refund_fields.hpp"
#include "letters/conformity_letter.hpp"
#include "letters/hidden_defect_letter.hpp"
#include "letters/mediator_letter.hpp"
#include "letters/refund_letter.hpp"
#include "letters/withdrawal_letter.hpp"
#include "money/amount.hpp"
#include "rules/conformity.hpp"
#include "rules/hidden_defect.hpp"
#include "rules/inputs.hpp"
#include "rules/withdrawal_case.hpp"
#include "text/date_words.hpp"
#include "text/fill.hpp"

namespace dc::api {
namespace {

using date::sys_days;

constexpr TextRule kAnswerRule{2000, true};
constexpr TextRule kClaimRule{2000, true};
const Label kProductLabel{"le bien (ou le service) concerné", "the goods (or service) concerned"};
const Label kDefectLabel{"la description du défaut", "the description of the defect"};

std::optional<long long> read_price(Request& req) {
  return req.integer("priceCents", {"le prix payé, en centimes", "the price paid, in cents"}, 1, kMaxAmountCents, false);
}

// The date fields whose order is checked (api/date_checks names them in its messages).
constexpr Label kReceived{"la date de réception", "the date of receipt"};
constexpr Label kOrdered{"la date de commande", "the order date"};
constexpr Label kSellerInformed{"la date où le vendeur a été informé", "the date the seller was informed"};
constexpr Label kWithdrawalSent{"la date d'envoi de la rétractation", "the date the withdrawal was sent"};
constexpr Label kSellerAnswered{"la date de la réponse du vendeur", "the date of the seller's answer"};
constexpr Label kComplaintSent{"la date de la réclamation écrite", "the date of the written complaint"};
constexpr Label kDelivered{"la date de livraison", "the delivery date"};
constexpr Label kNoticed{"la date d'apparition du défaut", "the day the defect appeared"};
constexpr Label kBought{"la date d'achat", "the purchase date"};
constexpr Label kDiscovered{"la date de découverte du défaut", "the day the defect was discovered"};

// A date that cannot be before another one of the case (delivery before the order, for instance): the
// check every question shares (api/date_checks); false when it fails.
bool not_before(Request& req, const DateField& later, const DateField& earlier) {
  const std::size_t errors_before = req.errors().size();
  check_not_before(req, later, earlier);
  return req.errors().size() == errors_before;
}

// The extended withdrawal engine, on the letter's date (the day the declaration is sent): the start
// the contract sets (receipt, or conclusion for a service), the 12-month extension when the seller did
// not give the information (L221-20), the territory's closed days.
json::Value withdrawal_kind(Request& req, LetterCommon c) {
  const Lang lang = req.lang();
  auto items = read_text(req, "product", kProductLabel, kProductRule, true);
  PurchaseFacts purchase = read_purchase_without_scope(req);  // the withdrawal question's own fields
  if (!purchase.contract) purchase.contract = ContractKind::goods;
  const auto ordered = read_past_date(req, "ordered", {"la date de commande", "the order date"}, false, c.today);
  const auto informed = read_date(req, Input::information_received);
  const std::size_t errors_before = req.errors().size();
  require_start_date(req, purchase, c.today);  // "received", or "concluded" for a service
  not_after_today(req, Input::concluded, purchase.concluded, c.today);
  if (req.errors().size() != errors_before || !c.complete || !items || !purchase.territory ||
      !not_before(req, {"received", kReceived, purchase.received}, {"ordered", kOrdered, ordered}))
    return {};
  const std::optional<sys_days> received = purchase.received;
  WithdrawalFacts facts{std::move(purchase), informed, std::nullopt, std::nullopt, std::nullopt, std::nullopt,
                        std::nullopt, std::nullopt, std::nullopt, c.header.date};
  const WithdrawalCase w = assess_withdrawal(facts, lang);
  if (std::holds_alternative<DoesNotApply>(w.verdict) || !w.period) return letter_answer(std::nullopt, w.eligibility.checks);
  Steps steps = w.period->steps;
  std::optional<sys_days> deadline;
  switch (w.period->from_today.status) {
    case DeadlineStatus::closed:
      steps.push_back({tr(lang,
                          "À la date de la lettre, le délai de rétractation est expiré : la déclaration n'est pas "
                          "préparée. Si le vendeur ne vous a pas informé de votre droit de rétractation, le délai est "
                          "prolongé de 12 mois (indiquez-le dans infoGiven).",
                          "On the letter's date, the withdrawal period has ended: no declaration is prepared. If the "
                          "seller did not inform you of your right of withdrawal, the period is extended by 12 months "
                          "(say so in infoGiven)."),
                       art::L221_20});
      return letter_answer(std::nullopt, steps);
    case DeadlineStatus::uncertain:
      steps.push_back({tr(lang,
                          "La lettre ne cite pas de date limite : à sa date, le délai n'est ouvert que si le jour férié "
                          "incertain est chômé là où vous habitez.",
                          "The letter quotes no deadline: on its date, the period is open only if the uncertain holiday "
                          "is a day off where you live."),
                       art::L221_19});
      break;
    case DeadlineStatus::open: deadline = w.period->end.safe; break;
  }
  const letters::WithdrawalLetterFacts letter_facts{std::move(c.header), std::move(*items), std::move(c.order_reference),
                                                    ordered, received, deadline, w.period->extension.has_value()};
  return letter_answer(letters::withdrawal_letter(letter_facts), steps);
}

// The refund is not late, or not yet known to be: no notice, the steps say why (and what is missing).
json::Value no_refund_letter(const RefundCase& rc, Steps steps, Lang lang) {
  if (rc.input && rc.input->refunded)
    steps.push_back({tr(lang,
                        "Le remboursement a déjà eu lieu : cette mise en demeure n'est pas préparée. La majoration "
                        "encore due est calculée par la question « refund ».",
                        "The refund has already been made: this formal notice is not prepared. The increase still owed "
                        "is computed by the \"refund\" question."),
                     art::L242_4});
  else if (rc.input)
    steps.push_back({tr_fill(lang,
                             "Le remboursement est dû au plus tard le {} : il n'est pas en retard à la date du jour, la "
                             "mise en demeure n'est pas préparée.",
                             "The refund is due by {}: it is not late today, so no formal notice is prepared.",
                             {long_date(rc.input->due, lang)}),
                     art::L221_24});
  json::Value out = letter_answer(std::nullopt, steps);
  if (!rc.input && rc.due) {
    json::Value missing = json::Value::array();
    for (const auto input : rc.due->missing) missing.push(std::string(input_spec(input).field));
    out.set("missing", std::move(missing));
  }
  return out;
}

json::Value refund_kind(Request& req, LetterCommon c) {
  const Lang lang = req.lang();
  auto product = read_text(req, "product", kProductLabel, kProductRule, true);
  const auto sent = read_past_date(req, "withdrawalSent", {"la date d'envoi de la rétractation", "the date the withdrawal was sent"}, false, c.today);
  const auto back = read_past_date(req, "goodsSentBack", {"la date de renvoi du bien", "the date the goods were sent back"}, false, c.today);
  const auto notice_days = read_notice_days(req);
  const auto rc = read_refund_case(req);  // the refund question's own fields and engines
  if (!c.complete || !product || !notice_days || !rc) return {};
  const std::optional<sys_days> informed = rc->due_facts ? std::optional<sys_days>(rc->due_facts->seller_informed) : std::nullopt;
  if (!not_before(req, {"sellerInformed", kSellerInformed, informed}, {"withdrawalSent", kWithdrawalSent, sent})) return {};
  Steps steps = rc->due_steps;
  if (rc->result) steps.insert(steps.end(), rc->result->steps.begin(), rc->result->steps.end());
  if (!rc->input || rc->input->refunded || rc->result->days_late == 0) return no_refund_letter(*rc, steps, lang);
  // The letter is in French: the same engine, on the same input, with its reading texts in French.
  const auto french = late_refund(*rc->input, Lang::fr);
  if (!french) return {};
  const letters::RefundLetterFacts facts{std::move(c.header), std::move(*product), std::move(c.order_reference), sent,
                                         informed, back, rc->input->due, rc->input->as_of, &*french, *notice_days};
  return letter_answer(letters::refund_letter(facts), steps);
}

json::Value mediator_kind(Request& req, LetterCommon c) {
  const Lang lang = req.lang();
  auto mediator = read_party(req, "mediator", kMediatorLabels);
  const auto complaint = read_past_date(req, "complaintSent", {"la date de la réclamation écrite", "the date of the written complaint"}, true, c.today);
  const auto notice = read_past_date(req, "noticeSent", {"la date de la mise en demeure", "the date of the formal notice"}, false, c.today);
  const auto notice_days = read_notice_days(req);
  const auto answered = read_past_date(req, "sellerAnswered", {"la date de la réponse du vendeur", "the date of the seller's answer"}, false, c.today);
  auto answer = read_text(req, "sellerAnswer", {"la réponse du vendeur", "the seller's answer"}, kAnswerRule, false);
  auto dispute = read_text(req, "dispute", {"le résumé du litige", "the summary of the dispute"}, kLongTextRule, true);
  auto claim = read_text(req, "claim", {"votre demande", "what you ask for"}, kClaimRule, true);
  auto product = read_text(req, "product", kProductLabel, kProductRule, false);
  const auto ordered = read_past_date(req, "ordered", {"la date de commande", "the order date"}, false, c.today);
  if (!c.complete || !mediator || !complaint || !notice_days || !dispute || !claim) return {};
  if (!not_before(req, {"sellerAnswered", kSellerAnswered, answered}, {"complaintSent", kComplaintSent, complaint})) return {};
  // The one-year window of L612-2, as the escalation plan dates it, on the letter's date.
  EscalationInput in{};
  in.today = c.header.date;
  in.complaint_sent = complaint;
  const EscalationPlan plan = escalation_plan(in, lang);
  const Stage& window = plan.stages[2];  // "mediator"
  if (window.status != StageStatus::open) return letter_answer(std::nullopt, window.steps);
  c.header.recipient = std::move(*mediator);
  const letters::MediatorLetterFacts facts{std::move(c.header), std::move(c.seller), product.value_or(std::string()),
                                           std::move(c.order_reference), ordered, std::move(*dispute), std::move(*claim),
                                           *complaint, notice, *notice_days, answered, answer.value_or(std::string()),
                                           *window.until};
  return letter_answer(letters::mediator_letter(facts), window.steps);
}

// The guarantee engine on the letter's facts, the letter's date being the consumer's request. When the
// day the defect appeared is not given, the letter's date stands for it (the defect has appeared by
// then): enough to know whether the guarantee still runs, not to presume anything (no presumption
// sentence then).
ConformityResult conformity_for_letter(const letters::ConformityLetterFacts& f, std::optional<GoodsCondition> condition,
                                       date::sys_days today, Lang lang) {
  ConformityInput in;
  in.item = ConformityItem::goods;
  in.contract = f.ordered;
  in.delivered = f.delivered;
  in.condition = condition;
  in.defect_appeared = f.noticed.value_or(f.header.date);
  in.requested = f.header.date;
  in.today = std::max(today, f.header.date);
  return legal_conformity(in, lang);
}

json::Value conformity_kind(Request& req, LetterCommon c) {
  static constexpr std::array<std::string_view, 2> kRemedies{"repair", "replacement"};
  static constexpr std::array<std::string_view, 2> kConditions{"new", "secondHand"};
  auto product = read_text(req, "product", kProductLabel, kProductRule, true);
  const auto ordered = read_past_date(req, "ordered", {"la date du contrat (commande)", "the contract (order) date"}, true, c.today);
  const auto delivered = read_past_date(req, "delivered", {"la date de livraison", "the delivery date"}, true, c.today);
  const auto noticed = read_past_date(req, "noticed", {"la date d'apparition du défaut", "the day the defect appeared"}, false, c.today);
  auto defect = read_text(req, "defect", kDefectLabel, kLongTextRule, true);
  const auto remedy = req.choice("remedy", {"la réparation ou le remplacement", "repair or replacement"}, kRemedies, true);
  const auto condition = req.choice("condition", {"l'état du bien", "the condition of the goods"}, kConditions, false);
  const auto price = read_price(req);
  if (!c.complete || !product || !ordered || !delivered || !defect || !remedy) return {};
  if (!not_before(req, {"delivered", kDelivered, delivered}, {"ordered", kOrdered, ordered}) ||
      !not_before(req, {"noticed", kNoticed, noticed}, {"delivered", kDelivered, delivered}))
    return {};
  letters::ConformityLetterFacts facts{
      std::move(c.header), std::move(*product), std::move(c.order_reference), *ordered, *delivered, price, noticed,
      std::move(*defect), *remedy == "repair" ? letters::ConformityRemedy::repair : letters::ConformityRemedy::replacement,
      {}};
  std::optional<GoodsCondition> goods_condition;
  if (condition) goods_condition = *condition == "new" ? GoodsCondition::new_goods : GoodsCondition::second_hand;
  const ConformityResult r = conformity_for_letter(facts, goods_condition, c.today, req.lang());
  // Not covered (a contract before 20 February 2005), a defect appearing after the guarantee, or no
  // remedy to ask for: no letter, the engine's steps say why.
  if (r.outcome == ConformityOutcome::not_covered || !r.regime || !r.remedies || !r.remedies->seller_deadline)
    return letter_answer(std::nullopt, r.steps);
  facts.deadlines = {*r.regime, *r.remedies->seller_deadline, r.until,
                     noticed && r.presumed.value_or(false) ? r.presumption_until : std::nullopt};
  return letter_answer(letters::conformity_letter(facts), r.steps);
}

json::Value hidden_defect_kind(Request& req, LetterCommon c) {
  static constexpr std::array<std::string_view, 2> kRemedies{"returnAndRefund", "partialRefund"};
  const Lang lang = req.lang();
  auto product = read_text(req, "product", kProductLabel, kProductRule, true);
  const auto bought = read_past_date(req, "bought", {"la date d'achat", "the purchase date"}, true, c.today);
  const auto delivered = read_past_date(req, "delivered", {"la date de livraison", "the delivery date"}, false, c.today);
  const auto discovered = read_past_date(req, "discovered", {"la date de découverte du défaut", "the day the defect was discovered"}, true, c.today);
  auto defect = read_text(req, "defect", kDefectLabel, kLongTextRule, true);
  const auto remedy = req.choice("remedy", {"ce que vous demandez", "what you ask for"}, kRemedies, true);
  const auto knew = req.boolean("sellerKnew", {"le vendeur connaissait le défaut", "the seller knew of the defect"}, false);
  const auto price = read_price(req);
  const auto notice_days = read_notice_days(req);
  if (!c.complete || !product || !bought || !discovered || !defect || !remedy || !notice_days) return {};
  if (!not_before(req, {"delivered", kDelivered, delivered}, {"bought", kBought, bought}) ||
      !not_before(req, {"discovered", kDiscovered, discovered}, {"bought", kBought, bought}))
    return {};
  // The hidden-defect engine dates the action (1648, capped by 2232); past it, no letter.
  HiddenDefectInput in;
  in.sale = bought;
  in.discovered = discovered;
  in.seller_knew = knew;
  in.today = std::max(c.today, c.header.date);
  const HiddenDefectResult r = hidden_defect(in, lang);
  if (!r.deadline || r.from_today.status == TermStatus::closed) return letter_answer(std::nullopt, r.steps);
  const sys_days reply_by = notice_deadline(c.header.date, *notice_days);
  Steps steps = r.steps;
  steps.push_back({tr_fill(lang,
                           "La lettre demande une réponse sous {} jours, au plus tard le {} (compté depuis la date de la "
                           "lettre, non reporté au jour ouvré suivant).",
                           "The letter asks for an answer within {} days, by {} (counted from the letter's date, not "
                           "moved to the next working day).",
                           {std::to_string(*notice_days), long_date(reply_by, lang)}),
                   art::civ_1344_1});
  const letters::HiddenDefectLetterFacts facts{
      std::move(c.header), std::move(*product), std::move(c.order_reference), *bought, delivered, price, *discovered,
      std::move(*defect),
      *remedy == "returnAndRefund" ? letters::HiddenDefectRemedy::return_and_refund : letters::HiddenDefectRemedy::partial_refund,
      knew.value_or(false), *notice_days, {r.deadline, r.capped}};
  return letter_answer(letters::hidden_defect_letter(facts), steps);
}

}  // namespace

json::Value answer_letter(Request& req) {
  static constexpr std::array<std::string_view, 5> kKinds{"withdrawal", "refund", "mediator", "conformity", "hiddenDefect"};
  const auto kind = req.choice("kind", {"le type de lettre", "the kind of letter"}, kKinds, true);
  auto common = read_letter_common(req, kind != "mediator");  // notices go by registered letter
  if (!common || !kind) return {};  // no valid "today" or "kind": their errors are the answer
  json::Value out;
  if (*kind == "withdrawal") out = withdrawal_kind(req, std::move(*common));
  else if (*kind == "refund") out = refund_kind(req, std::move(*common));
  else if (*kind == "mediator") out = mediator_kind(req, std::move(*common));
  else if (*kind == "conformity") out = conformity_kind(req, std::move(*common));
  else out = hidden_defect_kind(req, std::move(*common));
  if (!out.is(json::Value::Type::object)) return {};
  json::Value result = json::Value::object();
  result.set("kind", *kind);
  for (const auto& [k, v] : out.members()) result.set(k, v);
  return result;
}

}  // namespace dc::api
