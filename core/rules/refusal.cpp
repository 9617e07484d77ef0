// Each refusal reason judged on the case's own dates and amounts (rules.md sections 4, 5, 6, 8, 11).
// The withdrawal engine decides whether the right applies and whether the withdrawal was sent in
// time; the refund engines say when the refund was due, what it covers, and the L242-4 increase.
#include "rules/refusal.hpp"
#include <algorithm>
#include <array>
#include "money/amount.hpp"
#include "rules/exclusions.hpp"
#include "rules/legal_interest_rate.hpp"
#include "rules/refusal_reply.hpp"
#include "text/date_words.hpp"

namespace dc {
namespace {

using date::sys_days;

constexpr std::array<RefusalReasonInfo, 10> kReasons{{
    {RefusalReason::opened_or_used, "opened-or-used", "« L'emballage a été ouvert » / « le produit a été utilisé »",
     "\"The packaging was opened\" / \"the product was used\""},
    {RefusalReason::too_late, "too-late", "« Le délai de rétractation est dépassé »", "\"The withdrawal period is over\""},
    {RefusalReason::cannot_be_returned, "cannot-be-returned", "« Cet article ne peut pas être retourné »",
     "\"This item cannot be returned\""},
    {RefusalReason::vouchers, "vouchers", "« Nous remboursons en bon d'achat / avoir »",
     "\"We refund in vouchers / store credit\""},
    {RefusalReason::delivery_not_refunded, "delivery-not-refunded", "« Les frais de livraison ne sont pas remboursés »",
     "\"Delivery costs are not refunded\""},
    {RefusalReason::return_costs_deducted, "return-costs-deducted", "« Les frais de retour sont déduits »",
     "\"Return costs are deducted\""},
    {RefusalReason::not_received_back, "not-received-back",
     "« Nous n'avons pas reçu le retour » / « nous remboursons à réception de l'article »",
     "\"We have not received the return\" / \"we refund when the item arrives\""},
    {RefusalReason::third_party_seller, "third-party-seller", "« Contactez le vendeur tiers »",
     "\"Contact the third-party seller\""},
    {RefusalReason::no_answer, "no-answer", "Aucune réponse du vendeur", "No answer at all from the seller"},
    {RefusalReason::other, "other", "Un autre motif", "Another reason"},
}};

void append(Steps& to, const Steps& from) { to.insert(to.end(), from.begin(), from.end()); }

void ask_for(RefusalAnswer& a, const std::vector<Input>& inputs) {
  a.outcome = Lawfulness::cannot_tell;
  for (const Input i : in_asking_order(inputs)) {
    a.ask.push_back(i);
    a.missing.push_back(input_spec(i).field);
  }
}

void ask_field(RefusalAnswer& a, std::string_view field) {
  a.outcome = Lawfulness::cannot_tell;
  a.missing.push_back(field);
}

Step guarantees_step(Lang lang) {
  return {tr(lang, "Si le bien est défectueux, les garanties légales restent dues, quel que soit le sort de la rétractation.",
             "If the goods are faulty, the legal guarantees still apply, whatever happens to the withdrawal."),
          art::L217_3};
}

// The refusal stands because the right itself does not apply, or was used too late.
void lawful_no_right(RefusalAnswer& a, const DoesNotApply& no, const PurchaseFacts& p) {
  a.outcome = Lawfulness::lawful;
  a.article = no.why.article;
  a.why.push_back(no.why);
  a.consequences = no.consequences;
  // Outside the chapter (a sector of L221-2, a territory with its own rules): no letter of ours fits.
  const bool outside = no.reason == NotApplicable::sector || no.reason == NotApplicable::territory;
  a.letter = no.reason == NotApplicable::private_seller ? NextLetter::hidden_defect : NextLetter::conformity;
  if (outside || (p.contract && !is_goods(*p.contract) && no.reason != NotApplicable::private_seller))
    a.letter = NextLetter::none;
}

// The common gate of every reason that rests on the withdrawal: does the right apply, and was it
// used in time? true: go on to the reason's own rule. need_sent: the reason only arises once the
// consumer has withdrawn (a refund).
bool withdrawal_gate(RefusalAnswer& a, const WithdrawalCase& c, const RefusalFacts& f, bool need_sent, Lang lang) {
  const PurchaseFacts& p = f.withdrawal.purchase;
  if (const auto* no = std::get_if<DoesNotApply>(&c.verdict)) {
    lawful_no_right(a, *no, p);
    return false;
  }
  if (c.period) a.deadline = c.period->end;
  if (const auto* unknown = std::get_if<CannotTell>(&c.verdict)) {
    if (c.period) append(a.why, c.period->steps);
    ask_for(a, unknown->missing);
    return false;
  }
  if (c.period && c.period->sent_in_time) {
    a.sent_in_time = c.period->sent_in_time;
    if (*c.period->sent_in_time == SentInTime::no) {
      a.outcome = Lawfulness::lawful;
      a.article = art::L221_18;
      append(a.why, c.period->steps);
      a.consequences = exclusion_consequences(0, *p.contract, lang);
      a.letter = is_goods(*p.contract) ? NextLetter::conformity : NextLetter::none;
      return false;
    }
    if (*c.period->sent_in_time == SentInTime::uncertain) {
      a.outcome = Lawfulness::cannot_tell;
      a.article = art::L221_19;
      append(a.why, c.period->steps);
      return false;
    }
    a.why.push_back(c.period->steps.back());  // sent in time
    return true;
  }
  if (!need_sent && c.period && c.period->from_today.status == DeadlineStatus::open) {
    a.why.push_back({tr(lang,
                        "Vous êtes encore dans le délai de rétractation, jusqu'au " + long_date(c.period->end.safe, lang) +
                            " : envoyez votre rétractation avant cette date et gardez-en la preuve.",
                        "You are still within the withdrawal period, until " + long_date(c.period->end.safe, lang) +
                            ": send your withdrawal before that day and keep proof of it."),
                     art::L221_18});
    return true;
  }
  ask_for(a, {Input::withdrawal_sent});
  return false;
}

// The L242-4 increase (late_refund) once the refund due date has passed and the price is known.
void late_figures(RefusalAnswer& a, const RefundDue& due, const RefusalFacts& f, Lang lang) {
  const auto& w = f.withdrawal;
  if (!due.safe || w.today <= *due.safe || a.late) return;
  if (w.price_cents && a.sums_due && *due.safe >= legal_rate_table().front().from) {
    const Cents standard_delivery = *a.sums_due - *w.price_cents;
    const Cents premium = w.delivery_cents.value_or(0) - standard_delivery;
    a.late = late_refund({*w.price_cents, standard_delivery, premium > 0 ? premium : 0, *due.safe,
                          due.latest.value_or(*due.safe), w.today, false, std::nullopt},
                         lang);
    if (a.late) append(a.why, a.late->steps);
  } else if (!w.price_cents) {
    a.why.push_back({tr(lang, "Indiquez le prix payé (priceCents) pour chiffrer la majoration due.",
                        "Give the price paid (priceCents) to compute the increase owed."),
                     art::L242_4});
  }
}

enum class DueState { missing, not_yet_known, not_yet_due, depends_on_collection, late };

// Where the refund stands today (refund_due_date, via the withdrawal case), and the L242-4 increase
// once it is late and the price is known.
DueState refund_state(RefusalAnswer& a, const WithdrawalCase& c, const RefusalFacts& f, Lang lang) {
  if (!c.refund || !c.refund->due) {
    ask_for(a, {Input::seller_informed});
    return DueState::missing;
  }
  const RefundDue& due = *c.refund->due;
  a.refund_due = due;
  if (c.refund->sums) a.sums_due = c.refund->sums->cents;
  append(a.why, c.refund->steps);
  const sys_days today = f.withdrawal.today;
  if (!due.safe) {
    // Had the seller offered to collect the goods, he could not wait: the 14 days alone would count.
    const bool collect_unknown = std::find(due.missing.begin(), due.missing.end(), Input::seller_collects) != due.missing.end();
    if (collect_unknown && today > due.fourteen_days.safe) {
      ask_for(a, {Input::seller_collects});
      return DueState::depends_on_collection;
    }
    return DueState::not_yet_known;
  }
  if (today <= *due.safe) {
    if (due.if_seller_collects && today > *due.if_seller_collects) {
      ask_for(a, {Input::seller_collects});
      return DueState::depends_on_collection;
    }
    return DueState::not_yet_due;
  }
  late_figures(a, due, f, lang);
  return DueState::late;
}

void unlawful(RefusalAnswer& a, ArticleRef article, Step rule) {
  a.outcome = Lawfulness::unlawful;
  a.article = article;
  a.why.insert(a.why.begin(), std::move(rule));
  a.letter = NextLetter::refund_notice;
}

void lawful(RefusalAnswer& a, ArticleRef article, Step rule) {
  a.outcome = Lawfulness::lawful;
  a.article = article;
  a.why.insert(a.why.begin(), std::move(rule));
}

void judge_opened(RefusalAnswer& a, const WithdrawalCase& c, Lang lang) {
  if (c.return_goods) append(a.why, c.return_goods->steps);
  unlawful(a, art::L221_23,
           {tr(lang,
               "Ouvrir l'emballage et essayer le bien comme en magasin est permis : ce n'est jamais un motif de refus de la "
               "rétractation. Seule une dépréciation due à des manipulations allant au-delà de ce qui est nécessaire pour "
               "établir la nature, les caractéristiques et le bon fonctionnement du bien peut être retenue, à proportion, et "
               "vous pouvez en exiger l'explication écrite.",
               "Opening the packaging and trying the goods as in a shop is allowed: it is never a ground for refusing the "
               "withdrawal. Only a loss in value caused by handling beyond what is needed to establish the nature, "
               "characteristics and functioning of the goods may be charged, in proportion, and you may demand a written "
               "explanation of it."),
            art::L221_23});
}

void judge_too_late(RefusalAnswer& a, const WithdrawalCase& c, Lang lang) {
  a.why.clear();
  append(a.why, c.period->steps);
  const ArticleRef decisive = c.period->extension ? art::L221_20 : art::L221_19;
  unlawful(a, decisive,
           {tr(lang,
               "Le délai se compte à partir de la réception réelle (pas de la date de livraison annoncée), le jour de "
               "l'événement n'est pas compté, un délai finissant un samedi, un dimanche ou un jour férié est prolongé, et "
               "c'est la date d'envoi de la rétractation qui compte.",
               "The period counts from the actual receipt (not the announced delivery date), the day of the event is not "
               "counted, a period ending on a Saturday, Sunday or public holiday is extended, and what counts is the day "
               "the withdrawal is sent."),
            art::L221_19});
}

void judge_cannot_return(RefusalAnswer& a, const WithdrawalCase& c, Lang lang) {
  for (const auto& s : c.eligibility.checks)
    if (s.article == art::L221_28) a.why.push_back(s);
  a.why.push_back({tr(lang, "Une clause qui exclurait d'autres biens, ou qui vous ferait renoncer à ce droit, est nulle.",
                      "A clause excluding other goods, or making you waive the right, is void."),
                   art::L242_3});
  a.why.push_back(guarantees_step(lang));
  unlawful(a, art::L221_28,
           {tr(lang,
               "Seuls les 13 cas de l'article L221-28, avec leurs conditions exactes, excluent la rétractation : ce bien "
               "n'en relève pas. Une catégorie que la loi ne cite pas n'est pas une exception.",
               "Only the 13 cases of article L221-28, with their exact conditions, exclude the withdrawal: these goods are "
               "not one of them. A category the law does not list is not an exception."),
            art::L221_28});
}

void judge_vouchers(RefusalAnswer& a, const RefusalFacts& f, Lang lang) {
  if (!f.voucher_accepted) return ask_field(a, "voucherAccepted");
  if (*f.voucher_accepted)
    return lawful(a, art::L221_24,
                  {tr(lang,
                      "Vous avez accepté expressément un autre moyen de remboursement : c'est permis s'il ne vous coûte "
                      "rien.",
                      "You expressly agreed to another means of refund: this is allowed if it costs you nothing."),
                   art::L221_24});
  unlawful(a, art::L221_24,
           {tr(lang,
               "Le remboursement se fait par le même moyen de paiement que celui de la commande, sauf si vous acceptez "
               "expressément un autre moyen sans frais : un bon d'achat ou un avoir ne peut pas vous être imposé.",
               "The refund uses the same means of payment as the order, unless you expressly agree to another one at no "
               "cost: a voucher or store credit cannot be imposed on you."),
            art::L221_24});
}

void judge_delivery(RefusalAnswer& a, const RefusalFacts& f, Lang lang) {
  const auto& w = f.withdrawal;
  if (!w.delivery_cents) return ask_field(a, "deliveryCents");
  const Cents price = w.price_cents.value_or(0);
  const auto sums = refund_sums(price, *w.delivery_cents, w.standard_delivery_cents, lang);
  if (!sums) return ask_field(a, "deliveryCents");
  if (w.price_cents) a.sums_due = sums->cents;
  const Cents owed = sums->cents - price;
  a.delivery_owed = owed;
  if (owed <= 0)
    return lawful(a, art::L221_24,
                  {tr(lang,
                      "Aucuns frais de livraison standard ne sont à rembourser : la livraison standard ne vous a rien coûté "
                      "(seule elle est remboursée quand vous avez choisi une livraison plus chère).",
                      "No standard delivery cost is to be refunded: the standard delivery cost you nothing (only it is "
                      "refunded when you chose a dearer delivery)."),
                   art::L221_24});
  unlawful(a, art::L221_24,
           {tr(lang,
               "Les frais de livraison sont remboursés avec le prix, dans la limite du coût de la livraison standard : ici " +
                   write_amount(owed, lang) + ".",
               "The delivery cost is refunded with the price, up to the cost of the standard delivery: here " +
                   write_amount(owed, lang) + "."),
            art::L221_24});
}

void judge_return_costs(RefusalAnswer& a, const WithdrawalCase& c, Lang lang) {
  if (!c.return_goods)
    return unlawful(a, art::L221_23,
                    {tr(lang, "Rien n'est à renvoyer pour ce contrat : aucuns frais de retour ne peuvent être déduits.",
                        "Nothing is sent back for this contract: no return cost may be deducted."),
                     art::L221_23});
  const ReturnDue& r = *c.return_goods;
  append(a.why, r.steps);
  switch (r.cost_payer) {
    case CostPayer::consumer:
      return lawful(a, art::L221_23,
                    {tr(lang,
                        "Le vendeur vous avait dit que les frais de renvoi seraient à votre charge : il peut retenir le coût "
                        "direct du renvoi, rien de plus.",
                        "The seller had told you the return cost would be yours: he may keep the direct cost of sending the "
                        "goods back, nothing more."),
                     art::L221_23});
    case CostPayer::seller:
      return unlawful(a, art::L221_23,
                      {tr(lang,
                          "Les frais de renvoi sont au vendeur : il ne vous avait pas dit qu'ils seraient à votre charge, ou "
                          "il avait accepté de les payer. Rien ne peut être déduit de votre remboursement à ce titre.",
                          "The return cost is the seller's: he had not told you it would be yours, or he had agreed to pay "
                          "it. Nothing may be deducted from your refund for it."),
                       art::L221_23});
    case CostPayer::unknown: break;
  }
  ask_for(a, r.missing.empty() ? std::vector<Input>{Input::return_cost_informed} : r.missing);
}

// "We refund when the item arrives", and silence: both are judged on the refund due date.
void judge_refund_wait(RefusalAnswer& a, const WithdrawalCase& c, const RefusalFacts& f, bool silence, Lang lang) {
  const DueState state = refund_state(a, c, f, lang);
  const std::string due = a.refund_due && a.refund_due->safe ? long_date(*a.refund_due->safe, lang) : "";
  switch (state) {
    case DueState::missing:
    case DueState::depends_on_collection: return;
    case DueState::not_yet_known:
      return lawful(a, art::L221_24,
                    {tr(lang,
                        "Le vendeur qui n'a pas proposé de récupérer le bien peut attendre de l'avoir récupéré ou d'avoir "
                        "reçu la preuve de son expédition, le premier des deux : envoyez-lui maintenant la preuve de dépôt.",
                        "A seller who did not offer to collect the goods may wait until he gets them back or receives proof "
                        "of shipment, whichever comes first: send him the proof of posting now."),
                     art::L221_24});
    case DueState::not_yet_due:
      return lawful(a, art::L221_24,
                    {tr(lang, "Le remboursement n'est pas encore dû : il l'est au plus tard le " + due + ".",
                        "The refund is not due yet: it is due at the latest on " + due + "."),
                     art::L221_24});
    case DueState::late: break;
  }
  unlawful(a, art::L242_4,
           {silence ? tr(lang,
                         "Le remboursement était dû le " + due + " : faute de remboursement, les sommes dues sont majorées de "
                         "plein droit, sans mise en demeure, selon la durée du retard.",
                         "The refund was due on " + due + ": without it, the sums due are increased by law, without any "
                         "formal notice, according to the length of the delay.")
                    : tr(lang,
                         "Le vendeur ne pouvait attendre que jusqu'à la récupération du bien ou la preuve de son expédition, "
                         "le premier des deux : le remboursement était dû le " + due + ", et la majoration court depuis.",
                         "The seller could wait only until he got the goods back or received proof of shipment, whichever "
                         "came first: the refund was due on " + due + ", and the increase runs since then."),
            art::L242_4});
}

void judge_third_party(RefusalAnswer& a, Lang lang) {
  unlawful(a, art::liminaire,
           {tr(lang,
               "Sur une place de marché, le vendeur tiers professionnel a exactement les mêmes obligations que tout "
               "professionnel vendant à distance : droit de rétractation, remboursement, garanties. Adressez-vous à lui (par "
               "la messagerie de la place de marché) ; il ne peut pas refuser pour ce motif.",
               "On a marketplace, a professional third-party seller has exactly the same duties as any professional "
               "selling at a distance: withdrawal, refund, guarantees. Write to him (through the marketplace's messaging); "
               "he cannot refuse on that ground."),
            art::liminaire});
}

Step how_to_tell_step(Lang lang) {
  const InputSpec& s = input_spec(Input::seller);
  return {std::string(lang == Lang::en ? s.help_en : s.help_fr), art::D111_8};
}

void judge_other(RefusalAnswer& a, const WithdrawalCase& c, Lang lang) {
  a.outcome = Lawfulness::not_in_list;
  a.article = art::L221_28;
  a.why = {{tr(lang,
               "Ce motif n'est pas dans notre liste. La règle générale : achetés à distance auprès d'un professionnel, les "
               "biens et services peuvent être rétractés dans les 14 jours, sauf les 13 cas de l'article L221-28 ; une "
               "clause contraire est nulle.",
               "This reason is not in our list. The general rule: goods and services bought at a distance from a "
               "professional may be withdrawn from within 14 days, except in the 13 cases of article L221-28; a clause "
               "to the contrary is void."),
            art::L221_28},
           {tr(lang, "Toute renonciation au droit de rétractation est nulle.", "Any waiver of the withdrawal right is void."),
            art::L242_3},
           {tr(lang, "Après rétractation, le remboursement est dû dans les 14 jours, par le même moyen de paiement.",
               "After a withdrawal, the refund is due within 14 days, by the same means of payment."),
            art::L221_24},
           guarantees_step(lang)};
  if (c.period) append(a.why, c.period->steps);
  a.letter = NextLetter::refund_notice;
}

void next_steps(RefusalAnswer& a, const RefusalFacts& f, Lang lang) {
  if (a.outcome == Lawfulness::unlawful || a.outcome == Lawfulness::not_in_list) {
    a.next.push_back({tr(lang,
                         "Envoyez la réponse par écrit (formulaire de contact, messagerie, courriel) et gardez-en une copie : "
                         "cette réclamation écrite ouvre la voie du médiateur.",
                         "Send the reply in writing (contact form, messaging, e-mail) and keep a copy: this written "
                         "complaint opens the way to the mediator."),
                      art::L612_2});
    a.next.push_back({tr(lang,
                         "Sans effet : une mise en demeure par lettre recommandée avec avis de réception (la majoration de "
                         "l'article L242-4 n'en a pas besoin ; elle fait courir les intérêts au taux légal sur une somme due).",
                         "If it fails: a formal notice by registered letter with acknowledgement of receipt (the L242-4 "
                         "increase does not need one; it makes legal interest run on a sum owed)."),
                      art::civ_1344_1});
    a.next.push_back({tr(lang,
                         "Ensuite, le médiateur de la consommation du vendeur : gratuit, dans l'année qui suit votre "
                         "réclamation écrite.",
                         "Then the seller's consumer mediator: free, within a year of your written complaint."),
                      art::L612_1});
    EscalationInput in{f.withdrawal.today, f.complaint_sent, f.notice_sent, kDefaultNoticeDays, std::nullopt, std::nullopt,
                       std::nullopt, SellerPlace::unknown, std::nullopt, {}};
    const EscalationPlan plan = escalation_plan(in, lang);
    for (const StageStatus wanted : {StageStatus::to_do, StageStatus::waiting, StageStatus::open})
      for (const auto& s : plan.stages)
        if (!a.next_stage && s.status == wanted) a.next_stage = s;
  } else if (a.outcome == Lawfulness::lawful && a.letter == NextLetter::conformity) {
    a.next.push_back({tr(lang,
                         "Si le bien est défectueux ou non conforme, demandez sa réparation ou son remplacement au titre de la "
                         "garantie légale de conformité (lettre « conformity »).",
                         "If the goods are faulty or not as described, ask for repair or replacement under the legal "
                         "guarantee of conformity (letter \"conformity\")."),
                      art::L217_3});
  } else if (a.outcome == Lawfulness::lawful && a.letter == NextLetter::hidden_defect) {
    a.next.push_back({tr(lang,
                         "Un particulier ne doit ni la rétractation ni la garantie légale de conformité ; la garantie des "
                         "vices cachés reste possible (lettre « hiddenDefect »).",
                         "A private seller owes neither the withdrawal nor the legal guarantee of conformity; the guarantee "
                         "against hidden defects remains possible (letter \"hiddenDefect\")."),
                      art::civ_1641});
  }
}

}  // namespace

std::span<const RefusalReasonInfo> refusal_reasons() { return kReasons; }

std::optional<RefusalReason> refusal_reason(std::string_view code) {
  for (const auto& r : kReasons)
    if (r.code == code) return r.id;
  return std::nullopt;
}

const RefusalReasonInfo& refusal_reason_info(RefusalReason reason) {
  for (const auto& r : kReasons)
    if (r.id == reason) return r;
  return kReasons.back();
}

RefusalAnswer assess_refusal(RefusalReason reason, const RefusalFacts& f, Lang lang) {
  RefusalAnswer a;
  a.reason = reason;
  a.article = art::L221_18;
  const WithdrawalCase c = assess_withdrawal(f.withdrawal, lang);
  if (reason == RefusalReason::third_party_seller) a.why.push_back(how_to_tell_step(lang));
  if (reason == RefusalReason::other) {
    judge_other(a, c, lang);
  } else {
    const bool need_sent = reason != RefusalReason::opened_or_used && reason != RefusalReason::too_late &&
                           reason != RefusalReason::cannot_be_returned && reason != RefusalReason::third_party_seller;
    if (withdrawal_gate(a, c, f, need_sent, lang)) switch (reason) {
        case RefusalReason::opened_or_used: judge_opened(a, c, lang); break;
        case RefusalReason::too_late: judge_too_late(a, c, lang); break;
        case RefusalReason::cannot_be_returned: judge_cannot_return(a, c, lang); break;
        case RefusalReason::vouchers: judge_vouchers(a, f, lang); break;
        case RefusalReason::delivery_not_refunded: judge_delivery(a, f, lang); break;
        case RefusalReason::return_costs_deducted: judge_return_costs(a, c, lang); break;
        case RefusalReason::not_received_back: judge_refund_wait(a, c, f, false, lang); break;
        case RefusalReason::no_answer: judge_refund_wait(a, c, f, true, lang); break;
        case RefusalReason::third_party_seller: judge_third_party(a, lang); break;
        case RefusalReason::other: break;
      }
  }
  if (a.outcome == Lawfulness::unlawful) {
    if (!a.sums_due && c.refund && c.refund->sums) a.sums_due = c.refund->sums->cents;
    if (!a.refund_due && c.refund && c.refund->due) a.refund_due = c.refund->due;
    if (a.refund_due && a.reason != RefusalReason::delivery_not_refunded && a.reason != RefusalReason::return_costs_deducted)
      late_figures(a, *a.refund_due, f, lang);
    a.reply = refusal_reply(a, f, c);
  }
  next_steps(a, f, lang);
  return a;
}

}  // namespace dc
