// L221-21 (declaration, online function), R221-1 (model form), L221-22 (proof), Directive 2011/83
// art. 11(2) (sending in time), L242-3 (no waiver).
#include "rules/how_to_withdraw.hpp"
#include "text/date_words.hpp"

namespace dc {
namespace {

Step online_function_step(OnlineFunction f, Lang lang) {
  const char* fr_rule =
      "le vendeur doit proposer gratuitement sur son site ou son application une fonction de rétractation, intitulée « "
      "renoncer au contrat ici » ou de façon aussi claire, et vous envoyer un accusé de réception indiquant la date et "
      "l'heure de votre rétractation";
  const char* en_rule =
      "the seller must offer on his website or app, free of charge, a withdrawal function labelled « renoncer au "
      "contrat ici » (withdraw from the contract here) or as clearly, and send you an acknowledgement stating the date "
      "and time of your withdrawal";
  const char* fr_source = " (date d'entrée en vigueur fondée sur des sources secondaires : ordonnance 2026-2, décret 2026-3).";
  const char* en_source = " (date of entry into force based on secondary sources: ordonnance 2026-2, décret 2026-3).";
  switch (f) {
    case OnlineFunction::required:
      return {tr(lang, std::string("Contrat conclu en ligne depuis le 19 juin 2026 : ") + fr_rule + fr_source,
                 std::string("Contract concluded online since 19 June 2026: ") + en_rule + en_source),
              art::L221_21};
    case OnlineFunction::not_required:
      return {tr(lang,
                 std::string("La fonction « renoncer au contrat ici » n'est obligatoire que pour les contrats conclus en "
                             "ligne à partir du 19 juin 2026") + fr_source,
                 std::string("The « renoncer au contrat ici » function is mandatory only for contracts concluded online "
                             "from 19 June 2026") + en_source),
              art::L221_21};
    case OnlineFunction::depends:
      return {tr(lang, std::string("Si vous avez conclu le contrat en ligne à partir du 19 juin 2026, ") + fr_rule + fr_source,
                 std::string("If you concluded the contract online from 19 June 2026, ") + en_rule + en_source),
              art::L221_21};
  }
  return {"", art::L221_21};
}

}  // namespace

HowToWithdraw how_to_withdraw(std::optional<date::sys_days> concluded, std::optional<bool> online, Lang lang) {
  HowToWithdraw h{OnlineFunction::depends, {}, {}};
  if ((concluded && *concluded < kOnlineWithdrawalFunctionSince) || online == false)
    h.online_function = OnlineFunction::not_required;
  else if (concluded && online == true)
    h.online_function = OnlineFunction::required;
  else {
    if (!concluded) h.missing.push_back(Input::concluded);
    if (!online) h.missing.push_back(Input::online);
  }
  h.steps = {
      {tr(lang,
          "Pour vous rétracter, envoyez au vendeur le formulaire type de rétractation ou toute déclaration dénuée "
          "d'ambiguïté (lettre, courriel, formulaire en ligne du vendeur) ; vous n'avez pas à donner de motif.",
          "To withdraw, send the seller the model withdrawal form or any unambiguous statement (letter, e-mail, the "
          "seller's online form); you need not give a reason."),
       art::L221_21},
      {tr(lang, "Le formulaire type figure en annexe de l'article R221-1.",
          "The model form is annexed to article R221-1."),
       art::R221_1},
      {tr(lang,
          "C'est l'envoi avant la fin du délai qui compte, pas la date à laquelle le vendeur reçoit votre déclaration.",
          "What counts is sending it before the period ends, not the day the seller receives it."),
       art::dir_2011_83_art11},
      {tr(lang,
          "C'est à vous de prouver que vous vous êtes rétracté : gardez une trace datée (lettre recommandée avec avis de "
          "réception, courriel, accusé de réception du vendeur).",
          "It is for you to prove that you withdrew: keep a dated record (registered letter with acknowledgement of "
          "receipt, e-mail, the seller's acknowledgement)."),
       art::L221_22},
      online_function_step(h.online_function, lang),
  };
  return h;
}

}  // namespace dc
