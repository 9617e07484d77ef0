// L221-24: the refund due date, the rule that decided it, and the sums owed.
#include "rules/refund_due.hpp"
#include "money/amount.hpp"
#include <algorithm>
#include <string>
#include "text/date_words.hpp"

namespace dc {
namespace {

using date::sys_days;

// The earlier of the two events that end the seller's wait; an absent date has not happened.
std::optional<std::pair<sys_days, RefundDueRule>> end_of_wait(const RefundDueInput& in) {
  std::optional<std::pair<sys_days, RefundDueRule>> out;
  if (in.goods_received_back) out = {{*in.goods_received_back, RefundDueRule::goods_received_back}};
  if (in.proof_of_shipment_sent && (!out || *in.proof_of_shipment_sent < out->first))
    out = {{*in.proof_of_shipment_sent, RefundDueRule::proof_of_shipment}};
  return out;
}


}  // namespace

RefundDue refund_due_date(const RefundDueInput& in) {
  RefundDue d{days_after(in.seller_informed, 14, in.territory), std::nullopt, std::nullopt,
              RefundDueRule::informed_plus_14_days, std::nullopt, {}};
  const bool may_defer = in.goods && in.seller_collects != true;
  if (!may_defer) {
    d.safe = d.fourteen_days.safe;
    d.latest = d.fourteen_days.latest;
    return d;
  }
  if (!in.seller_collects) d.missing.push_back(Input::seller_collects);
  const auto wait = end_of_wait(in);
  if (!wait) {
    d.decided_by = RefundDueRule::not_yet_known;
    d.missing.push_back(Input::goods_received_back);
    d.missing.push_back(Input::proof_of_shipment_sent);
    return d;
  }
  d.safe = std::max(d.fourteen_days.safe, wait->first);
  d.latest = std::max(d.fourteen_days.latest, wait->first);
  if (wait->first > d.fourteen_days.safe) {
    d.decided_by = wait->second;
    if (!in.seller_collects) d.if_seller_collects = d.fourteen_days.safe;
  }
  return d;
}

Steps explain_refund_due(const RefundDueInput& in, const RefundDue& d, Lang lang) {
  const std::string informed = long_date(in.seller_informed, lang);
  const std::string fourteen = long_date(d.fourteen_days.safe, lang);
  Steps steps{{tr(lang,
                  "Le vendeur doit vous rembourser au plus tard 14 jours après avoir été informé de votre rétractation (le " +
                      informed + ") : le " + fourteen + ".",
                  "The seller must refund you at the latest 14 days after being informed of your withdrawal (" + informed +
                      "): " + fourteen + "."),
               art::L221_24}};
  for (auto& s : explain_roll(d.fourteen_days, lang)) steps.push_back(std::move(s));
  if (!in.goods) return steps;
  if (in.seller_collects == true) {
    steps.push_back({tr(lang, "Le vendeur a proposé de récupérer le bien : il ne peut pas différer le remboursement.",
                        "The seller offered to collect the goods: he cannot defer the refund."),
                     art::L221_24});
    return steps;
  }
  // Here he did not offer to collect them, or it is not known: then say on what it depends.
  const bool known_not_collecting = in.seller_collects.has_value();
  steps.push_back({tr(lang,
                      std::string(known_not_collecting ? "Le vendeur" : "Sauf s'il a proposé de récupérer le bien, le vendeur") +
                          " peut différer le remboursement jusqu'à ce qu'il ait récupéré le bien ou que vous lui ayez "
                          "fourni la preuve de son expédition, la date la plus proche étant retenue.",
                      std::string(known_not_collecting ? "The seller" : "Unless he offered to collect the goods, the seller") +
                          " may defer the refund until he has got the goods back or you have given him proof of "
                          "shipment, whichever comes first."),
                   art::L221_24});
  switch (d.decided_by) {
    case RefundDueRule::informed_plus_14_days:
      if (d.safe)
        steps.push_back({tr(lang, "Ce report ne joue pas ici : le remboursement est dû le " + long_date(*d.safe, lang) + ".",
                            "That deferral does not matter here: the refund is due on " + long_date(*d.safe, lang) + "."),
                         art::L221_24});
      break;
    case RefundDueRule::goods_received_back:
      steps.push_back({tr(lang,
                          "Le vendeur a récupéré le bien le " + long_date(*d.safe, lang) +
                              ", après ce délai : c'est ce jour qui fixe la date du remboursement.",
                          "The seller got the goods back on " + long_date(*d.safe, lang) +
                              ", after that period: that day sets the refund date."),
                       art::L221_24});
      break;
    case RefundDueRule::proof_of_shipment:
      steps.push_back({tr(lang,
                          "Vous avez fourni la preuve d'expédition le " + long_date(*d.safe, lang) +
                              ", après ce délai : c'est ce jour qui fixe la date du remboursement.",
                          "You gave proof of shipment on " + long_date(*d.safe, lang) +
                              ", after that period: that day sets the refund date."),
                       art::L221_24});
      break;
    case RefundDueRule::not_yet_known:
      steps.push_back({tr(lang,
                          "Tant que le vendeur n'a pas récupéré le bien et que vous ne lui avez pas fourni de preuve "
                          "d'expédition, la date n'est pas fixée : au plus tôt le " + fourteen + ".",
                          "As long as the seller has not got the goods back and you have not given him proof of shipment, "
                          "the date is not set: " + fourteen + " at the earliest."),
                       art::L221_24});
      break;
  }
  if (d.if_seller_collects)
    steps.push_back({tr(lang,
                        "S'il avait proposé de récupérer le bien, le remboursement serait dû dès le " +
                            long_date(*d.if_seller_collects, lang) + ".",
                        "Had he offered to collect the goods, the refund would be due on " +
                            long_date(*d.if_seller_collects, lang) + "."),
                     art::L221_24});
  return steps;
}

Step same_means_of_payment(Lang lang) {
  return {tr(lang,
             "Le remboursement se fait avec le moyen de paiement que vous avez utilisé, sauf si vous acceptez "
             "expressément un autre moyen, sans frais pour vous.",
             "The refund is made by the means of payment you used, unless you expressly agree to another one, at no cost "
             "to you."),
          art::L221_24};
}

std::optional<RefundSums> refund_sums(std::int64_t price, std::int64_t delivery, std::optional<std::int64_t> standard,
                                      Lang lang) {
  const std::int64_t refunded_delivery = standard ? std::min(delivery, *standard) : delivery;
  std::int64_t total = 0;
  if (__builtin_add_overflow(price, refunded_delivery, &total)) return std::nullopt;
  RefundSums out{total, {}};
  out.steps.push_back({tr(lang,
                          "Le vendeur doit rembourser toutes les sommes versées, livraison comprise : " + write_amount(price, lang) +
                              " + " + write_amount(refunded_delivery, lang) + " = " + write_amount(total, lang) + ".",
                          "The seller must refund every sum paid, delivery included: " + write_amount(price, lang) + " + " +
                              write_amount(refunded_delivery, lang) + " = " + write_amount(total, lang) + "."),
                       art::L221_24});
  if (refunded_delivery < delivery)
    out.steps.push_back({tr(lang,
                            "Vous aviez choisi une livraison plus chère que la livraison standard proposée : seul le coût "
                            "de la livraison standard (" + write_amount(refunded_delivery, lang) + ") est remboursé, pas le "
                            "supplément (" + write_amount(delivery - refunded_delivery, lang) + ").",
                            "You chose a dearer delivery than the standard one offered: only the standard delivery cost (" +
                                write_amount(refunded_delivery, lang) + ") is refunded, not the extra (" +
                                write_amount(delivery - refunded_delivery, lang) + ")."),
                         art::L221_24});
  out.steps.push_back(same_means_of_payment(lang));
  return out;
}

}  // namespace dc
