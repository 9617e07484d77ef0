// L221-18: the start of the withdrawal period for each kind of contract.
#include "rules/withdrawal_start.hpp"
#include "text/date_words.hpp"

namespace dc {
namespace {

Step rule_step(ContractKind kind, Lang lang) {
  switch (kind) {
    case ContractKind::goods:
      return {tr(lang,
                 "Pour un bien acheté à distance ou hors établissement, vous avez 14 jours pour vous rétracter, à compter "
                 "de la réception du bien par vous ou par un tiers que vous avez désigné (pas le transporteur).",
                 "For goods bought at a distance or off-premises, you have 14 days to withdraw, from the day you (or a "
                 "third party you designated, not the carrier) received the goods."),
              art::L221_18};
    case ContractKind::goods_several:
      return {tr(lang,
                 "Pour plusieurs biens d'une même commande livrés séparément, ou un bien livré en plusieurs lots ou "
                 "pièces, les 14 jours partent de la réception du dernier bien, lot ou pièce.",
                 "For several goods of one order delivered separately, or one good delivered in several lots or parts, "
                 "the 14 days run from receipt of the last good, lot or part."),
              art::L221_18};
    case ContractKind::subscription:
      return {tr(lang,
                 "Pour des biens livrés régulièrement pendant une période (abonnement), les 14 jours partent de la "
                 "réception du premier bien.",
                 "For goods delivered regularly over a period (subscription), the 14 days run from receipt of the first "
                 "good."),
              art::L221_18};
    case ContractKind::service:
      return {tr(lang, "Pour un contrat de service, les 14 jours partent de la conclusion du contrat.",
                 "For a service contract, the 14 days run from the day the contract is concluded."),
              art::L221_18};
    case ContractKind::utility:
    case ContractKind::digital_content:
      return {tr(lang,
                 "Pour la fourniture d'eau, de gaz, d'électricité ou de chauffage urbain sans volume déterminé, ou de "
                 "contenu numérique sans support matériel (contrats de l'article L221-4), les 14 jours partent de la "
                 "conclusion du contrat.",
                 "For the supply of water, gas, electricity or district heating not in a set volume, or of digital "
                 "content without a tangible medium (the contracts of article L221-4), the 14 days run from the day the "
                 "contract is concluded."),
              art::L221_18};
  }
  return {"", art::L221_18};
}

}  // namespace

StartRule start_rule(ContractKind kind) {
  switch (kind) {
    case ContractKind::goods: return StartRule::receipt;
    case ContractKind::goods_several: return StartRule::last_receipt;
    case ContractKind::subscription: return StartRule::first_receipt;
    case ContractKind::service:
    case ContractKind::utility:
    case ContractKind::digital_content: return StartRule::conclusion;
  }
  return StartRule::conclusion;
}

Input start_input(ContractKind kind) {
  switch (start_rule(kind)) {
    case StartRule::receipt: return Input::received;
    case StartRule::last_receipt: return Input::received_last;
    case StartRule::first_receipt: return Input::received_first;
    case StartRule::conclusion: return Input::concluded;
  }
  return Input::concluded;
}

std::optional<WithdrawalStart> withdrawal_start(ContractKind kind, std::optional<Channel> channel,
                                                std::optional<date::sys_days> concluded,
                                                std::optional<date::sys_days> received, Lang lang) {
  const StartRule rule = start_rule(kind);
  const std::optional<date::sys_days> event = rule == StartRule::conclusion ? concluded : received;
  if (!event) return std::nullopt;
  WithdrawalStart s{rule, *event, std::nullopt, "", "", {rule_step(kind, lang)}};
  switch (rule) {
    case StartRule::receipt: s.event_fr = "de la réception", s.event_en = "of receipt"; break;
    case StartRule::last_receipt:
      s.event_fr = "de la dernière réception", s.event_en = "of the last receipt";
      break;
    case StartRule::first_receipt:
      s.event_fr = "de la première réception", s.event_en = "of the first receipt";
      break;
    case StartRule::conclusion:
      s.event_fr = "de la conclusion du contrat", s.event_en = "the contract was concluded";
      break;
  }
  // L221-18, last paragraph: off-premises, the right may be exercised from the conclusion.
  if (is_goods(kind) && channel == Channel::off_premises) {
    s.may_withdraw_from = concluded;
    const std::string from_fr = concluded ? "dès la conclusion du contrat (" + long_date(*concluded, lang) + ")"
                                          : "dès la conclusion du contrat";
    const std::string from_en = concluded ? "from the day the contract was concluded (" + long_date(*concluded, lang) + ")"
                                          : "from the day the contract was concluded";
    s.steps.push_back({tr(lang,
                          "Contrat conclu hors établissement : vous pouvez vous rétracter " + from_fr +
                              ", sans attendre la livraison ; le délai se termine quand même 14 jours après la réception.",
                          "Off-premises contract: you may withdraw " + from_en +
                              ", without waiting for delivery; the period still ends 14 days after receipt."),
                       art::L221_18});
  }
  return s;
}

}  // namespace dc
