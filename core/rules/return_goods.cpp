// L221-23: the return period, its cost, and the loss in value.
#include "rules/return_goods.hpp"
#include "rules/withdrawal.hpp"
#include "text/date_words.hpp"

namespace dc {
namespace {

CostPayer cost_payer(const ReturnFacts& f) {
  if (f.seller_pays == true || f.cost_informed == false) return CostPayer::seller;
  if (f.cost_informed == true && f.seller_pays == false) return CostPayer::consumer;
  return CostPayer::unknown;
}

Step cost_step(CostPayer payer, Lang lang) {
  switch (payer) {
    case CostPayer::seller:
      return {tr(lang,
                 "Les frais de renvoi sont à la charge du vendeur : il a accepté de les payer, ou ne vous a pas informé "
                 "qu'ils seraient à votre charge.",
                 "The return cost is the seller's: he agreed to pay it, or did not tell you it would be yours."),
              art::L221_23};
    case CostPayer::consumer:
      return {tr(lang,
                 "Vous payez seulement le coût direct du renvoi, car le vendeur vous avait informé qu'il serait à votre "
                 "charge et ne l'a pas pris en charge.",
                 "You pay only the direct cost of sending the goods back, because the seller had told you it would be "
                 "yours and did not take it on."),
              art::L221_23};
    case CostPayer::unknown: break;
  }
  return {tr(lang,
             "Vous ne payez au plus que le coût direct du renvoi, et rien si le vendeur a accepté de le payer ou ne vous a "
             "pas informé qu'il serait à votre charge.",
             "You pay at most the direct cost of sending the goods back, and nothing if the seller agreed to pay it or "
             "did not tell you it would be yours."),
          art::L221_23};
}

Depreciation depreciation(const ReturnFacts& f) {
  if (f.handled_beyond_testing == false || f.info_given == false) return Depreciation::not_owed;
  if (f.handled_beyond_testing == true && f.info_given == true) return Depreciation::owed;
  return Depreciation::unknown;
}

Step depreciation_step(Depreciation d, const ReturnFacts& f, Lang lang) {
  switch (d) {
    case Depreciation::not_owed:
      if (f.info_given == false)
        return {tr(lang,
                   "Vous ne devez aucune dépréciation : le vendeur ne vous a pas donné l'information sur la rétractation.",
                   "You owe no loss in value: the seller did not give you the withdrawal information."),
                art::L221_23};
      return {tr(lang, "Vous ne devez aucune dépréciation : vous avez seulement essayé le bien comme en magasin.",
                 "You owe no loss in value: you only tried the goods as in a shop."),
              art::L221_23};
    case Depreciation::owed:
      return {tr(lang,
                 "Vous avez manipulé le bien au-delà d'un essai comme en magasin : vous répondez de la dépréciation qui "
                 "en résulte (pas du prix entier).",
                 "You handled the goods beyond trying them as in a shop: you answer for the resulting loss in value "
                 "(not the whole price)."),
              art::L221_23};
    case Depreciation::unknown: break;
  }
  return {tr(lang,
             "Vous ne devez une dépréciation que si vous avez manipulé le bien au-delà de ce qui est nécessaire pour établir "
             "sa nature, ses caractéristiques et son bon fonctionnement, et seulement si le vendeur vous avait donné "
             "l'information sur la rétractation.",
             "You owe a loss in value only if you handled the goods beyond what is needed to establish their nature, "
             "characteristics and functioning, and only if the seller had given you the withdrawal information."),
          art::L221_23};
}

}  // namespace

ReturnDue return_due(const ReturnFacts& f, Lang lang) {
  ReturnDue r{std::nullopt, cost_payer(f), depreciation(f), {}, {}};
  if (f.seller_collects == true) {
    r.steps.push_back({tr(lang, "Le vendeur a proposé de récupérer le bien : vous n'avez pas à le renvoyer vous-même.",
                          "The seller offered to collect the goods: you do not have to send them back yourself."),
                       art::L221_23});
  } else {
    r.by = days_after(f.withdrawal_sent, 14, f.territory);
    r.steps.push_back({tr(lang,
                          "Renvoyez le bien dans les 14 jours qui suivent l'envoi de votre rétractation" +
                              std::string(f.seller_collects ? "" : ", sauf si le vendeur a proposé de le récupérer") + ".",
                          "Send the goods back within 14 days after sending your withdrawal" +
                              std::string(f.seller_collects ? "" : ", unless the seller offered to collect them") + "."),
                       art::L221_23});
    for (auto& s : explain_fourteen_days(f.withdrawal_sent, "de l'envoi de la rétractation", "the withdrawal was sent", lang))
      r.steps.push_back(std::move(s));
    for (auto& s : explain_roll(*r.by, lang)) r.steps.push_back(std::move(s));
    r.steps.push_back({tr(lang, "Dernier jour pour renvoyer le bien : " + long_date(r.by->safe, lang) + ".",
                          "Last day to send the goods back: " + long_date(r.by->safe, lang) + "."),
                       art::L221_23});
    if (!f.seller_collects) r.missing.push_back(Input::seller_collects);
  }
  r.steps.push_back(cost_step(r.cost_payer, lang));
  r.steps.push_back(depreciation_step(r.depreciation, f, lang));
  if (r.cost_payer == CostPayer::unknown) {
    if (!f.cost_informed) r.missing.push_back(Input::return_cost_informed);
    if (!f.seller_pays) r.missing.push_back(Input::seller_pays_return);
  }
  if (r.depreciation == Depreciation::unknown) {
    if (!f.handled_beyond_testing) r.missing.push_back(Input::handled_beyond_testing);
    if (!f.info_given) r.missing.push_back(Input::info_given);
  }
  r.missing = in_asking_order(std::move(r.missing));
  return r;
}

}  // namespace dc
