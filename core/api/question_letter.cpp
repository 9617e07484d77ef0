// {"question":"letter","kind":"withdrawal"|"mediator"|"conformity"|"hiddenDefect",…}: a ready-to-send
// letter in French, filled from the case with the dates the engines compute. One function per kind:
// it reads the kind's fields, calls the engines, and hands the facts to the letter.
#include <array>
#include "api/letter_request.hpp"
#include "api/plan_request.hpp"
#include "api/questions.hpp"
#include "letters/conformity_letter.hpp"
#include "letters/hidden_defect_letter.hpp"
#include "letters/mediator_letter.hpp"
#include "letters/withdrawal_letter.hpp"
#include "rules/withdrawal.hpp"
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
  return req.integer("priceCents", {"le prix payé, en centimes", "the price paid, in cents"}, 1, 10'000'000'000'000LL, false);
}

// A date that cannot be before another one of the case (delivery before the order, for instance).
bool not_before(Request& req, const std::optional<sys_days>& later, std::string_view later_field,
                const std::optional<sys_days>& earlier, std::string_view earlier_field) {
  if (!later || !earlier || *later >= *earlier) return true;
  req.error(later_field, fill("La date {} est avant la date {} : vérifiez les deux dates.", {later_field, earlier_field}),
            fill("The date {} is before the date {}: check both dates.", {later_field, earlier_field}));
  return false;
}

json::Value withdrawal_kind(Request& req, LetterCommon c) {
  static constexpr std::array<std::string_view, 1> kContracts{"goods"};
  const Lang lang = req.lang();
  req.choice("contract", {"le type de contrat", "the kind of contract"}, kContracts, false);
  auto items = read_text(req, "product", kProductLabel, kProductRule, true);
  const auto received = read_past_date(req, "received", {"la date de réception", "the date of receipt"}, true, c.today);
  const auto ordered = read_past_date(req, "ordered", {"la date de commande", "the order date"}, false, c.today);
  const auto territory = req.territory();
  if (!c.complete || !items || !received || !territory || !not_before(req, received, "received", ordered, "ordered")) return {};
  // Where the letter's date stands against the period: it is the day the declaration is sent.
  const WithdrawalResult w = goods_withdrawal({*received, *territory, c.header.date}, lang);
  Steps steps = w.steps;
  std::optional<sys_days> deadline;
  switch (w.from_today.status) {
    case DeadlineStatus::closed:
      steps.push_back({tr(lang,
                          "À la date de la lettre, le délai de rétractation est expiré : la déclaration n'est pas "
                          "préparée. Si le vendeur ne vous a pas informé de votre droit de rétractation, le délai est "
                          "prolongé de 12 mois.",
                          "On the letter's date, the withdrawal period has ended: no declaration is prepared. If the "
                          "seller did not inform you of your right of withdrawal, the period is extended by 12 months."),
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
    case DeadlineStatus::open: deadline = w.end.safe; break;
  }
  const letters::WithdrawalLetterFacts facts{std::move(c.header), std::move(*items), std::move(c.order_reference),
                                             ordered, received, deadline};
  return letter_answer(letters::withdrawal_letter(facts), steps);
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
  if (!not_before(req, answered, "sellerAnswered", complaint, "complaintSent")) return {};
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

json::Value conformity_kind(Request& req, LetterCommon c) {
  static constexpr std::array<std::string_view, 2> kRemedies{"repair", "replacement"};
  const Lang lang = req.lang();
  auto product = read_text(req, "product", kProductLabel, kProductRule, true);
  const auto ordered = read_past_date(req, "ordered", {"la date du contrat (commande)", "the contract (order) date"}, true, c.today);
  const auto delivered = read_past_date(req, "delivered", {"la date de livraison", "the delivery date"}, true, c.today);
  const auto noticed = read_past_date(req, "noticed", {"la date d'apparition du défaut", "the day the defect appeared"}, false, c.today);
  auto defect = read_text(req, "defect", kDefectLabel, kLongTextRule, true);
  const auto remedy = req.choice("remedy", {"la réparation ou le remplacement", "repair or replacement"}, kRemedies, true);
  const auto price = read_price(req);
  if (!c.complete || !product || !ordered || !delivered || !defect || !remedy) return {};
  if (!not_before(req, delivered, "delivered", ordered, "ordered") || !not_before(req, noticed, "noticed", delivered, "delivered"))
    return {};
  if (*ordered < sys_days{date::year{2022} / 1 / 1})
    return letter_answer(std::nullopt,
                         {{tr(lang,
                              "Contrat conclu avant le 1er janvier 2022 : l'ancien régime de la garantie de conformité "
                              "s'applique. Cette lettre cite les articles en vigueur depuis 2022 : elle n'est pas préparée.",
                              "Contract made before 1 January 2022: the former conformity guarantee applies. This letter "
                              "quotes the articles in force since 2022: it is not prepared."),
                           art::L217_3}});
  const sys_days due = letters::remedy_due(c.header.date);
  const Steps steps{
      {tr_fill(lang,
               "Vous choisissez la réparation ou le remplacement ; le vendeur doit s'exécuter sans frais pour vous dans "
               "les 30 jours suivant votre demande : au plus tard le {}, compté depuis la date de la lettre et non "
               "reporté au jour ouvré suivant (la date la plus proche, la plus sûre).",
               "You choose repair or replacement; the seller must carry it out at no cost to you within 30 days of your "
               "request: by {}, counted from the letter's date and not moved to the next working day (the earlier, safe "
               "date).",
               {long_date(due, lang)}),
       art::L217_10},
      {tr(lang,
          "À défaut, vous pouvez obtenir une réduction du prix ou la résolution de la vente (pas de résolution pour un "
          "défaut mineur).",
          "Failing that, you can obtain a price reduction or the cancellation of the sale (no cancellation for a minor "
          "defect)."),
       art::L217_14},
  };
  const letters::ConformityLetterFacts facts{
      std::move(c.header), std::move(*product), std::move(c.order_reference), *ordered, *delivered, price, noticed,
      std::move(*defect), *remedy == "repair" ? letters::ConformityRemedy::repair : letters::ConformityRemedy::replacement,
      {}};
  return letter_answer(letters::conformity_letter(facts), steps);
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
  if (!not_before(req, delivered, "delivered", bought, "bought") || !not_before(req, discovered, "discovered", bought, "bought"))
    return {};
  const sys_days reply_by = c.header.date + date::days{*notice_days};
  const Steps steps{
      {tr(lang,
          "Vous pouvez demander le prix contre la restitution du bien, ou garder le bien et obtenir une partie du prix.",
          "You can ask for the price back against returning the goods, or keep the goods and get part of the price back."),
       art::civ_1644},
      {tr_fill(lang, "L'action doit être engagée dans les 2 ans de la découverte du vice (ici le {}).",
               "The action must be brought within 2 years of discovering the defect (here {}).",
               {long_date(*discovered, lang)}),
       art::civ_1648},
      {tr_fill(lang,
               "La lettre demande une réponse sous {} jours, au plus tard le {} (compté depuis la date de la lettre, non "
               "reporté au jour ouvré suivant).",
               "The letter asks for an answer within {} days, by {} (counted from the letter's date, not moved to the "
               "next working day).",
               {std::to_string(*notice_days), long_date(reply_by, lang)}),
       art::civ_1344_1},
  };
  const letters::HiddenDefectLetterFacts facts{
      std::move(c.header), std::move(*product), std::move(c.order_reference), *bought, delivered, price, *discovered,
      std::move(*defect),
      *remedy == "returnAndRefund" ? letters::HiddenDefectRemedy::return_and_refund : letters::HiddenDefectRemedy::partial_refund,
      knew.value_or(false), *notice_days, {}};
  return letter_answer(letters::hidden_defect_letter(facts), steps);
}

}  // namespace

json::Value answer_letter(Request& req) {
  static constexpr std::array<std::string_view, 4> kKinds{"withdrawal", "mediator", "conformity", "hiddenDefect"};
  const auto kind = req.choice("kind", {"le type de lettre", "the kind of letter"}, kKinds, true);
  auto common = read_letter_common(req, kind != "mediator");  // notices go by registered letter
  if (!common || !kind) return {};  // no valid "today" or "kind": their errors are the answer
  json::Value out;
  if (*kind == "withdrawal") out = withdrawal_kind(req, std::move(*common));
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
