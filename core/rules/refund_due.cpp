// L221-24 (refund within 14 days; for goods, until they are back or proof of shipment is sent),
// L221-19 (counting), rules.md section 5.
#include "rules/refund_due.hpp"
#include <algorithm>
#include "rules/withdrawal.hpp"
#include "text/date_words.hpp"

namespace dc {
namespace {

// The earlier of the two return events given, and which one it is.
struct ReturnEvent {
  date::sys_days day;
  RefundDueRule rule;
};

std::optional<ReturnEvent> earliest_return_event(const RefundDueInput& in) {
  std::optional<ReturnEvent> out;
  if (in.goods_received_back) out = ReturnEvent{*in.goods_received_back, RefundDueRule::goods_received_back};
  if (in.proof_of_shipment && (!out || *in.proof_of_shipment < out->day))
    out = ReturnEvent{*in.proof_of_shipment, RefundDueRule::proof_of_shipment};
  return out;
}

Step fourteen_days_rule(Lang lang) {
  return {tr(lang,
             "Le vendeur doit vous rembourser toutes les sommes versées, livraison comprise, au plus tard 14 jours après "
             "avoir été informé de votre rétractation.",
             "The seller must refund all sums paid, delivery included, at the latest 14 days after being informed of "
             "your withdrawal."),
          art::L221_24};
}

// `decides`: the event is later than informed + 14 days, so an earlier other event would matter.
Step return_event_step(const RefundDueInput& in, const ReturnEvent& ev, bool decides, Lang lang) {
  const std::string day = long_date(ev.day, lang);
  std::string fr = ev.rule == RefundDueRule::goods_received_back
                       ? "Le vendeur a récupéré le bien le " + day + "."
                       : "Vous avez fourni la preuve de l'expédition du bien le " + day + ".";
  std::string en = ev.rule == RefundDueRule::goods_received_back ? "The seller got the goods back on " + day + "."
                                                                 : "You sent proof of shipment of the goods on " + day + ".";
  if (decides && !(in.goods_received_back && in.proof_of_shipment)) {
    fr += " Si l'autre événement (récupération du bien ou preuve d'expédition) a eu lieu plus tôt, le remboursement "
          "était dû plus tôt : indiquez-le.";
    en += " If the other event (goods back, or proof of shipment) happened earlier, the refund was due earlier: give it.";
  }
  return {tr(lang, fr, en), art::L221_24};
}

}  // namespace

RefundDue refund_due_date(const RefundDueInput& in, Lang lang) {
  RefundDue r;
  r.fourteen_days = days_after(in.informed, 14, in.territory);
  r.steps.push_back(fourteen_days_rule(lang));
  for (auto& s : explain_fourteen_days(in.informed, "où le vendeur a été informé", "the seller was informed", lang))
    r.steps.push_back(std::move(s));
  for (auto& s : explain_roll(r.fourteen_days, lang)) r.steps.push_back(std::move(s));
  r.safe = r.fourteen_days.safe;
  r.latest = r.fourteen_days.latest;

  if (!in.goods || in.seller_collects.value_or(false)) {
    r.known = true;
    r.steps.push_back({in.goods ? tr(lang, "Le vendeur a proposé de récupérer le bien : il ne peut pas attendre son retour pour rembourser.",
                                     "The seller offered to collect the goods: he may not wait for them to refund.")
                                : tr(lang, "Il n'y a pas de bien à renvoyer : le remboursement ne peut pas être différé.",
                                     "There are no goods to send back: the refund cannot be deferred."),
                       art::L221_24});
    return r;
  }
  if (!in.seller_collects) {
    r.missing.push_back(RefundDueFact::seller_collects);
    r.steps.push_back({tr(lang,
                          "Le vendeur a-t-il proposé de récupérer lui-même le bien ? Sinon, il peut attendre de l'avoir "
                          "récupéré, ou d'avoir reçu la preuve de son expédition, pour rembourser.",
                          "Did the seller offer to collect the goods himself? If not, he may wait until he gets them "
                          "back, or receives proof of shipment, to refund."),
                       art::L221_24});
    return r;
  }
  const auto ev = earliest_return_event(in);
  r.steps.push_back({tr(lang,
                        "Le vendeur n'a pas proposé de récupérer le bien : il peut différer le remboursement jusqu'à ce "
                        "qu'il l'ait récupéré ou que vous lui ayez fourni une preuve d'expédition, le premier des deux.",
                        "The seller did not offer to collect the goods: he may defer the refund until he gets them back "
                        "or you have sent proof of shipment, whichever comes first."),
                     art::L221_24});
  if (!ev) {
    r.missing.push_back(RefundDueFact::goods_back_or_proof);
    r.steps.push_back({tr(lang,
                          "Tant que le bien n'est ni récupéré ni prouvé expédié, le remboursement n'est pas encore dû. "
                          "Il le sera au plus tôt le " + long_date(r.safe, lang) + ".",
                          "Until the goods are back or proof of shipment is sent, the refund is not yet due. It will be "
                          "due on " + long_date(r.safe, lang) + " at the earliest."),
                       art::L221_24});
    return r;
  }
  r.known = true;
  r.steps.push_back(return_event_step(in, *ev, ev->day > r.safe, lang));
  if (ev->day > r.safe) {
    r.rule = ev->rule;
    r.safe = ev->day;
    r.latest = std::max(ev->day, r.latest);
  }
  r.steps.push_back({tr(lang,
                        "Le remboursement est dû à la plus tardive des deux dates : 14 jours après l'information du "
                        "vendeur (" + long_date(r.fourteen_days.safe, lang) + ") et le retour du bien ou la preuve "
                        "d'expédition (" + long_date(ev->day, lang) + ") : au plus tard le " + long_date(r.safe, lang) + ".",
                        "The refund is due on the later of two dates: 14 days after the seller was informed (" +
                            long_date(r.fourteen_days.safe, lang) + ") and the goods back or proof of shipment (" +
                            long_date(ev->day, lang) + "): by " + long_date(r.safe, lang) + "."),
                     art::L221_24});
  return r;
}

}  // namespace dc
