// Each item of the proof file, with the rule that makes it matter (rules.md sections 2, 4, 5, 6, 11).
#include "rules/proof_file.hpp"
#include "text/date_words.hpp"

namespace dc {
namespace {

using R = RefusalReason;

bool any_of(R reason, std::initializer_list<R> reasons) {
  for (const R r : reasons)
    if (r == reason) return true;
  return false;
}

std::string dated(const std::optional<date::sys_days>& d, std::string_view fr, std::string_view en, Lang lang) {
  if (!d) return "";
  return std::string(tr(lang, fr, en)) + long_date(*d, lang) + ".";
}

}  // namespace

std::vector<ProofItem> proof_file(R reason, const RefusalFacts& facts, Lang lang) {
  const WithdrawalFacts& w = facts.withdrawal;
  const auto contract = w.purchase.contract;
  const bool goods = !contract || is_goods(*contract);  // unknown kind: keep the goods items
  const bool collects = w.purchase.answers[Input::seller_collects] == true;
  std::vector<ProofItem> out;
  out.push_back({"order-confirmation", tr(lang, "Confirmation de commande", "Order confirmation"),
                 {tr(lang,
                     "Elle prouve le contrat, sa date, le prix payé et qui est le vendeur (un professionnel, avec son nom et "
                     "son adresse) : c'est à vous d'établir le contrat que vous invoquez.",
                     "It proves the contract, its date, the price paid and who the seller is (a professional, with name and "
                     "address): it is for you to establish the contract you rely on."),
                  art::liminaire},
                 reason == R::third_party_seller});
  if (goods)
    out.push_back({"receipt-date", tr(lang, "Preuve de la date de réception", "Evidence of the date of receipt"),
                   {tr(lang,
                       "Suivi du transporteur, courriel de livraison, avis de passage : le délai court de la réception réelle, "
                       "pas de la date de livraison annoncée. ",
                       "Carrier tracking, delivery e-mail, delivery notice: the period runs from the actual receipt, not the "
                       "announced delivery date. ") +
                        dated(w.purchase.received, "À prouver : réception le ", "To prove: receipt on ", lang),
                    art::L221_18},
                   any_of(reason, {R::too_late})});
  out.push_back({"withdrawal-sent", tr(lang, "Preuve de l'envoi de la rétractation", "Proof of sending the withdrawal"),
                 {tr(lang,
                     "Accusé de réception du formulaire en ligne, courriel envoyé, recommandé : la preuve de l'exercice du "
                     "droit de rétractation vous incombe, et c'est la date d'envoi qui compte. ",
                     "Acknowledgement of the online form, e-mail sent, registered letter: the burden of proving you exercised "
                     "the withdrawal right is on you, and the sending date is what counts. ") +
                      dated(w.withdrawal_sent, "À prouver : envoi le ", "To prove: sent on ", lang),
                  art::L221_22},
                 reason != R::other});
  if (goods && !collects)
    out.push_back({"return-tracking", tr(lang, "Suivi du retour et reçu de dépôt", "Return tracking and deposit receipt"),
                   {tr(lang,
                       "La preuve d'expédition fixe la date du remboursement : le vendeur ne peut attendre que la récupération "
                       "du bien ou cette preuve, le premier des deux. ",
                       "Proof of shipment sets the refund date: the seller may wait only until he gets the goods back or "
                       "receives this proof, whichever comes first. ") +
                        dated(w.proof_of_shipment_sent, "Preuve fournie le ", "Proof given on ", lang),
                    art::L221_24},
                   any_of(reason, {R::not_received_back, R::no_answer})});
  if (goods)
    out.push_back({"photos", tr(lang, "Photos du bien avant l'envoi", "Photos of the item before sending"),
                   {tr(lang,
                       "Datées, bien complet, accessoires et emballage : seule une dépréciation due à une manipulation "
                       "au-delà de l'essai peut être retenue ; les photos montrent l'état dans lequel le bien est parti.",
                       "Dated, complete item, accessories and packaging: only a loss in value caused by handling beyond a "
                       "test may be charged; the photos show the state the goods left in."),
                    art::L221_23},
                   any_of(reason, {R::opened_or_used})});
  out.push_back({"seller-messages", tr(lang, "Messages du vendeur (courriels, chat)", "The seller's messages (e-mails, chat)"),
                 {tr(lang,
                     "Captures datées du refus et de ses motifs, et de vos réclamations écrites : la réclamation écrite ouvre "
                     "la voie du médiateur, dans l'année qui suit.",
                     "Dated captures of the refusal and its reasons, and of your written complaints: the written complaint "
                     "opens the way to the mediator, within the following year."),
                  art::L612_2},
                 true});
  out.push_back({"terms-of-sale", tr(lang, "Conditions de vente à la date de la commande",
                                     "Terms of sale as they stood on the order date"),
                 {tr(lang,
                     "Capture ou PDF : ils montrent si le vendeur vous a informé du droit de rétractation (sinon le délai est "
                     "prolongé de 12 mois) et s'il vous a dit que les frais de retour seraient à votre charge.",
                     "Screenshot or PDF: they show whether the seller informed you of the withdrawal right (if not, the "
                     "period is extended by 12 months) and whether he told you the return cost would be yours."),
                  art::L221_20},
                 any_of(reason, {R::too_late, R::return_costs_deducted, R::cannot_be_returned})});
  out.push_back({"bank-statement", tr(lang, "Relevé bancaire", "Bank statement"),
                 {tr(lang,
                     "Il prouve les sommes payées, et le remboursement reçu ou non, sa date et son moyen : le retard fait "
                     "courir la majoration de plein droit.",
                     "It proves the sums paid, and the refund received or not, its date and its means: a delay makes the "
                     "increase run by law."),
                  art::L242_4},
                 any_of(reason, {R::vouchers, R::delivery_not_refunded, R::no_answer, R::not_received_back})});
  return out;
}

std::string proof_file_text(const std::vector<ProofItem>& items, Lang lang) {
  std::string text = tr(lang, "Dossier de preuves — à conserver, rien n'est envoyé", "Proof file — to keep, nothing is sent");
  text += "\n";
  for (const auto& item : items)
    text += "\n☐ " + item.title + " — " + item.why.text + " (" + std::string(item.why.article.label) + ")";
  return text + "\n";
}

}  // namespace dc
