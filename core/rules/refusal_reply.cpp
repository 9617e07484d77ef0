// The French replies, one opening per reason, then the withdrawal sentence and the refund demand,
// both built from the dates and amounts of the answer (never counted here).
#include "rules/refusal_reply.hpp"
#include "money/amount.hpp"
#include "text/date_words.hpp"

namespace dc {
namespace {

constexpr Lang fr = Lang::fr;

std::string day(date::sys_days d) { return long_date(d, fr); }
std::string euros(Cents c) { return write_amount(c, fr); }

std::string start_words(const WithdrawalStart& s) {
  switch (s.rule) {
    case StartRule::receipt: return "la réception du bien, le " + day(s.event);
    case StartRule::last_receipt: return "la réception du dernier bien, le " + day(s.event);
    case StartRule::first_receipt: return "la réception de la première livraison, le " + day(s.event);
    case StartRule::conclusion: break;
  }
  return "la conclusion du contrat, le " + day(s.event);
}

// The withdrawal, sent in time, or sent by this very message while the period is open.
std::string withdrawal_sentence(const RefusalFacts& f, const WithdrawalCase& c) {
  if (!c.period) return "";
  const std::string end = day(c.period->end.safe);
  if (f.withdrawal.withdrawal_sent)
    return "J'ai exercé mon droit de rétractation le " + day(*f.withdrawal.withdrawal_sent) +
           ", dans le délai qui expirait le " + end + " (articles L221-18 et L221-19 du code de la consommation).";
  return "Le délai de rétractation expire le " + end +
         " (articles L221-18 et L221-19 du code de la consommation) : je vous notifie par le présent message ma décision de "
         "me rétracter.";
}

std::string what_to_refund(const RefusalAnswer& a) {
  switch (a.reason) {
    case RefusalReason::delivery_not_refunded:
      return a.delivery_owed ? "les frais de livraison de " + euros(*a.delivery_owed) : "les frais de livraison";
    case RefusalReason::return_costs_deducted: return "le montant déduit";
    default: break;
  }
  return a.sums_due ? "la somme de " + euros(*a.sums_due) : "l'intégralité des sommes versées, frais de livraison standard compris";
}

std::string refund_demand(const RefusalAnswer& a, const RefusalFacts& f) {
  std::string s = "Je vous demande donc de me rembourser " + what_to_refund(a) +
                  ", par le même moyen de paiement que celui utilisé pour la commande (article L221-24)";
  const auto* due = a.refund_due && a.refund_due->safe ? &*a.refund_due->safe : nullptr;
  if (a.late && due)
    return s + ". Ce remboursement était dû le " + day(*due) + " : avec " + std::to_string(a.late->days_late) +
           " jours de retard à ce jour, les sommes dues sont majorées de plein droit de " + euros(a.late->increase.total) +
           ", soit " + euros(a.late->total_due) + " au total, sans qu'une mise en demeure soit nécessaire (article L242-4).";
  if (due && f.withdrawal.today <= *due)
    return s + ", au plus tard le " + day(*due) + ". Passé cette date, les sommes dues seront majorées de plein droit (article L242-4).";
  if (due)
    return s + ". Ce remboursement était dû le " + day(*due) +
           " : les sommes dues sont majorées de plein droit selon la durée du retard (article L242-4).";
  return s + ", dans les 14 jours suivant le jour où vous avez été informé de ma rétractation ; tout retard majore de plein "
             "droit les sommes dues (article L242-4).";
}

std::string opening(const RefusalAnswer& a, const RefusalFacts& f, const WithdrawalCase& c) {
  switch (a.reason) {
    case RefusalReason::opened_or_used: {
      std::string s =
          "Vous refusez ma rétractation au motif que l'emballage a été ouvert ou que le produit a été essayé. Or je pouvais "
          "manipuler le bien comme en magasin pour en établir la nature, les caractéristiques et le bon fonctionnement : seule "
          "une dépréciation résultant d'autres manipulations pourrait être retenue, à proportion, et non un refus de la "
          "rétractation (article L221-23 du code de la consommation).";
      if (c.return_goods && c.return_goods->depreciation == Depreciation::not_owed)
        s += " Ne m'ayant pas informé de mon droit de rétractation, vous ne pouvez d'ailleurs retenir aucune dépréciation "
             "(même article).";
      else
        s += " Si vous estimez qu'une dépréciation est due, merci de m'en indiquer par écrit le montant et la justification.";
      return s;
    }
    case RefusalReason::too_late: {
      if (!c.period) return "";
      std::string s = "Vous refusez ma rétractation au motif que le délai serait dépassé. Le délai de 14 jours court à compter "
                      "du lendemain de " + start_words(c.period->start) +
                      " (article L221-18 du code de la consommation) ; lorsqu'il expire un samedi, un dimanche ou un jour "
                      "férié, il est prolongé jusqu'à la fin du premier jour suivant qui n'est ni un samedi, ni un dimanche, ni un jour férié (article L221-19).";
      if (c.period->extension)
        s += " Faute de m'avoir informé de mon droit de rétractation, il est prolongé de douze mois (article L221-20).";
      s += " Il expirait donc le " + day(c.period->end.safe) + ".";
      if (f.withdrawal.withdrawal_sent)
        return s + " Ma rétractation, envoyée le " + day(*f.withdrawal.withdrawal_sent) +
               ", est dans le délai : c'est la date d'envoi qui compte.";
      return s + " Je vous notifie par le présent message ma décision de me rétracter.";
    }
    case RefusalReason::cannot_be_returned:
      return "Vous indiquez que cet article ne peut pas être retourné. Or seules les exceptions limitativement énumérées à "
             "l'article L221-28 du code de la consommation excluent le droit de rétractation, et ce bien n'en relève pas ; "
             "une clause contraire est sans effet (article L242-3). Les garanties légales restent en tout état de cause dues.";
    case RefusalReason::vouchers:
      return "Vous proposez de me rembourser par un bon d'achat ou un avoir. Je ne l'accepte pas : le remboursement doit être "
             "effectué avec le même moyen de paiement que celui utilisé pour la transaction initiale, sauf accord exprès de ma "
             "part (article L221-24 du code de la consommation).";
    case RefusalReason::delivery_not_refunded:
      return "Vous refusez de me rembourser les frais de livraison. Or, en cas de rétractation, vous devez rembourser la "
             "totalité des sommes versées, y compris les frais de livraison, dans la limite du coût de la livraison standard "
             "(article L221-24 du code de la consommation).";
    case RefusalReason::return_costs_deducted:
      if (!c.return_goods)
        return "Vous avez déduit des frais de retour de mon remboursement. Or aucun bien n'est à renvoyer pour ce contrat "
               "(article L221-23 du code de la consommation).";
      return std::string("Vous avez déduit des frais de retour de mon remboursement. Or les frais directs de renvoi ne sont "
                         "à ma charge que si vous m'en aviez informé et n'aviez pas accepté de les prendre en charge (article "
                         "L221-23 du code de la consommation) : ") +
             (f.withdrawal.purchase.answers[Input::seller_pays_return] == true ? "vous aviez accepté de les prendre en charge."
                                                                               : "vous ne m'en aviez pas informé.");
    case RefusalReason::not_received_back: {
      std::string s = "Vous subordonnez mon remboursement à la réception du bien retourné. Or vous ne pouvez différer le "
                      "remboursement que jusqu'à la récupération du bien ou jusqu'à ce que je vous aie fourni une preuve de son "
                      "expédition, la date retenue étant celle du premier de ces faits (article L221-24 du code de la "
                      "consommation).";
      const auto& w = f.withdrawal;
      if (w.purchase.answers[Input::seller_collects] == true)
        s += " Vous aviez proposé de récupérer le bien vous-même : le remboursement ne pouvait pas être différé.";
      if (w.proof_of_shipment_sent)
        s += " Je vous ai fourni la preuve de l'expédition le " + day(*w.proof_of_shipment_sent) + ".";
      if (w.goods_received_back) s += " Vous avez récupéré le bien le " + day(*w.goods_received_back) + ".";
      return s;
    }
    case RefusalReason::no_answer: return "Je n'ai reçu à ce jour ni réponse ni remboursement à la suite de ma rétractation.";
    case RefusalReason::third_party_seller:
      return "Je m'adresse à vous en tant que vendeur de cet article sur la place de marché. Vendeur professionnel, vous êtes "
             "tenu des mêmes obligations que tout professionnel vendant à distance, notamment du droit de rétractation "
             "(articles L221-18 et suivants du code de la consommation).";
    case RefusalReason::other: break;
  }
  return "";
}

}  // namespace

std::string refusal_reply(const RefusalAnswer& a, const RefusalFacts& f, const WithdrawalCase& c) {
  std::string text = "Bonjour,\n\n" + opening(a, f, c) + "\n\n";
  if (a.reason != RefusalReason::too_late) {
    const std::string sent = withdrawal_sentence(f, c);
    if (!sent.empty()) text += sent + "\n\n";
  }
  text += refund_demand(a, f) + "\n\n";
  text += "À défaut, je vous adresserai une mise en demeure, puis saisirai le médiateur de la consommation (articles L612-1 et "
          "L612-2 du code de la consommation).\n\nCordialement,";
  return text;
}

}  // namespace dc
