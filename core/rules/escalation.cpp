// rules.md section 11: the escalation plan. One function per stage; each step cites its article.
#include "rules/escalation.hpp"
#include <algorithm>
#include "rules/period.hpp"
#include "text/date_words.hpp"
#include "money/amount.hpp"
#include "text/fill.hpp"

namespace dc {
namespace {

using date::days;
using date::sys_days;

std::string day_text(sys_days d, Lang lang) { return long_date(d, lang); }

Stage complaint_stage(const EscalationInput& in, Lang lang) {
  Stage s{"complaint", tr(lang, "Réclamation écrite au vendeur", "Written complaint to the seller"), StageStatus::to_do,
          in.complaint_sent, std::nullopt, {}, {}};
  if (in.complaint_sent) {
    s.status = StageStatus::done;
    s.steps.push_back({tr_fill(lang,
                               "Réclamation écrite envoyée le {}. Gardez-en la preuve : c'est elle qui ouvre la voie au "
                               "médiateur de la consommation.",
                               "Written complaint sent on {}. Keep proof of it: it is what opens the way to the consumer "
                               "mediator.",
                               {day_text(*in.complaint_sent, lang)}),
                       art::L612_2});
  } else {
    s.steps.push_back({tr(lang,
                          "Écrivez d'abord au vendeur (lettre, courriel ou formulaire de son site) et gardez la preuve "
                          "de l'envoi : sans réclamation écrite, le médiateur de la consommation ne peut pas être saisi.",
                          "First write to the seller (letter, e-mail or the form on its site) and keep proof of sending: "
                          "without a written complaint, the consumer mediator cannot take the case."),
                       art::L612_2});
  }
  return s;
}

Steps notice_facts(int notice_days, Lang lang) {
  return {
      {tr_fill(lang,
               "La mise en demeure s'envoie par lettre recommandée avec demande d'avis de réception. Aucun texte ne "
               "fixe le délai à donner au vendeur : 8 jours est l'usage (ici {} jours, modifiable).",
               "The formal notice is sent by registered letter with acknowledgement of receipt. No statute sets the "
               "delay given to the seller: 8 days is customary (here {} days, which you can change).",
               {std::to_string(notice_days)}),
       art::civ_1344_1},
      {tr(lang,
          "Elle fait courir les intérêts au taux légal sur une somme d'argent due. La majoration pour remboursement "
          "tardif après une rétractation, elle, s'applique de plein droit, sans mise en demeure.",
          "It makes interest at the legal rate run on a sum of money owed. The increase for a late refund after a "
          "withdrawal applies automatically, without any formal notice."),
       art::L242_4},
  };
}

Stage notice_stage(const EscalationInput& in, Lang lang) {
  Stage s{"notice", tr(lang, "Mise en demeure", "Formal notice"), StageStatus::to_do, in.notice_sent, std::nullopt, {}, {}};
  const std::string n = std::to_string(in.notice_days);
  if (in.notice_sent) {
    s.until = notice_deadline(*in.notice_sent, in.notice_days);
    s.status = in.today <= *s.until ? StageStatus::waiting : StageStatus::done;
    s.steps.push_back({tr_fill(lang, "Mise en demeure envoyée le {} avec un délai de {} jours : le vendeur a jusqu'au {}.",
                               "Formal notice sent on {} with a delay of {} days: the seller has until {}.",
                               {day_text(*in.notice_sent, lang), n, day_text(*s.until, lang)}),
                       art::civ_1344_1});
    if (s.status == StageStatus::done)
      s.steps.push_back({tr(lang,
                            "Ce délai est passé. Sans réponse satisfaisante, passez à l'étape suivante : médiateur de la "
                            "consommation ou conciliateur de justice.",
                            "That delay has passed. Without a satisfactory answer, go to the next step: the consumer "
                            "mediator or a conciliateur de justice."),
                         art::L612_1});
  } else {
    const sys_days proposed = notice_deadline(in.today, in.notice_days);
    s.steps.push_back({tr_fill(lang,
                               "Si le vendeur ne répond pas ou refuse, envoyez-lui une mise en demeure. Envoyée "
                               "aujourd'hui avec {} jours, elle lui laisserait jusqu'au {}.",
                               "If the seller does not answer or refuses, send a formal notice. Sent today with {} days, "
                               "it would give the seller until {}.",
                               {n, day_text(proposed, lang)}),
                       art::civ_1344_1});
  }
  for (auto& step : notice_facts(in.notice_days, lang)) s.steps.push_back(std::move(step));
  return s;
}

void mediator_referral_steps(const EscalationInput& in, Stage& s, Lang lang) {
  const sys_days answer_by = *in.mediator_referred + days{kMediatorAdmissibilityDays};
  const sys_days outcome_by = *in.mediator_referred + days{kMediatorOutcomeDays};
  s.status = StageStatus::waiting;
  s.steps.push_back({tr_fill(lang,
                             "Dossier envoyé au médiateur le {}. S'il le refuse, il doit vous le dire dans les 3 semaines "
                             "(vers le {}) ; l'issue de la médiation intervient dans les 90 jours (vers le {}). Ces dates "
                             "sont comptées depuis votre envoi : le médiateur compte depuis la réception de votre dossier "
                             "complet, donc un peu plus tard.",
                             "File sent to the mediator on {}. If it rejects it, it must tell you within 3 weeks (around "
                             "{}); the mediation ends within 90 days (around {}). These dates are counted from your "
                             "sending: the mediator counts from when it has your complete file, so a little later.",
                             {day_text(*in.mediator_referred, lang), day_text(answer_by, lang), day_text(outcome_by, lang)}),
                     art::L612_2});
}

Stage mediator_stage(const EscalationInput& in, Lang lang) {
  Stage s{"mediator", tr(lang, "Médiateur de la consommation", "Consumer mediator"), StageStatus::not_yet, std::nullopt,
          std::nullopt, {}, {}};
  s.steps.push_back({tr(lang,
                        "La médiation est gratuite pour vous. Le vendeur doit vous indiquer les coordonnées de son "
                        "médiateur (site, conditions générales).",
                        "Mediation is free for you. The seller must give you its mediator's details (site, terms of "
                        "sale)."),
                     art::L612_1});
  if (!in.complaint_sent) {
    s.missing.push_back("complaintSent");
    s.steps.push_back({tr(lang,
                          "Le médiateur ne peut être saisi qu'après une réclamation écrite au vendeur, et dans l'année "
                          "qui suit : indiquez la date de votre première réclamation écrite (une mise en demeure compte "
                          "si c'était votre premier écrit).",
                          "The mediator can only be asked after a written complaint to the seller, and within a year "
                          "of it: give the date of your first written complaint (a formal notice counts if it was your "
                          "first letter)."),
                       art::L612_2});
    return s;
  }
  s.from = *in.complaint_sent;
  s.until = same_date_months_later(*in.complaint_sent, kMediatorWindowMonths);
  s.status = in.today <= *s.until ? StageStatus::open : StageStatus::closed;
  s.steps.push_back({tr_fill(lang, "Recevable dès votre réclamation écrite du {} et jusqu'au {} inclus (un an après elle, même date).",
                             "Admissible from your written complaint of {} until {} included (one year after it, same date).",
                             {day_text(*s.from, lang), day_text(*s.until, lang)}),
                     art::L612_2});
  if (s.status == StageStatus::closed)
    s.steps.push_back({tr(lang,
                          "Ce délai d'un an est passé : le médiateur refusera le dossier. Restent le conciliateur de "
                          "justice et le tribunal.",
                          "That one-year window has passed: the mediator will reject the file. A conciliateur de "
                          "justice and the court remain."),
                       art::L612_2});
  else if (in.mediator_referred)
    mediator_referral_steps(in, s, lang);
  return s;
}

Stage conciliator_stage(Lang lang) {
  Stage s{"conciliator", tr(lang, "Conciliateur de justice", "Conciliateur de justice (court conciliator)"),
          StageStatus::info, std::nullopt, std::nullopt, {}, {}};
  s.steps.push_back({tr(lang,
                        "À la place du médiateur, ou après lui, vous pouvez saisir gratuitement un conciliateur de "
                        "justice. Cette tentative de conciliation compte comme la démarche amiable exigée avant le "
                        "tribunal pour une demande de 5 000 € ou moins.",
                        "Instead of the mediator, or after it, you can go to a conciliateur de justice, free of "
                        "charge. This attempt at conciliation counts as the amicable step required before court for a "
                        "claim of 5,000 euros or less."),
                     art::cpc_750_1});
  return s;
}

Steps court_amount_steps(long long cents, Lang lang) {
  const std::string amount = write_amount(cents, lang);
  Steps out;
  if (cents <= kPriorAttemptCeilingCents)
    out.push_back({tr_fill(lang,
                           "Votre demande ({}) est de 5 000 € ou moins : une tentative de conciliation, de médiation ou "
                           "de procédure participative est obligatoire avant de saisir le tribunal (règle de nouveau "
                           "applicable depuis le 1er octobre 2023).",
                           "Your claim ({}) is 5,000 euros or less: an attempt at conciliation, mediation or "
                           "participatory procedure is required before going to court (a rule applicable again since "
                           "1 October 2023).",
                           {amount}),
                   art::cpc_750_1});
  else
    out.push_back({tr_fill(lang, "Votre demande ({}) dépasse 5 000 € : la tentative amiable préalable n'est pas imposée par cet article.",
                           "Your claim ({}) is above 5,000 euros: this article does not require the prior amicable attempt.",
                           {amount}),
                   art::cpc_750_1});
  if (cents <= kNoLawyerCeilingCents)
    out.push_back({tr(lang, "Jusqu'à 10 000 €, vous pouvez agir sans avocat.", "Up to 10,000 euros, you can act without a lawyer."),
                   art::cpc_761});
  else
    out.push_back({tr(lang, "Au-delà de 10 000 €, la dispense d'avocat ne s'applique pas : un avocat est nécessaire.",
                      "Above 10,000 euros, the exemption does not apply: you need a lawyer."),
                   art::cpc_761});
  if (cents <= kNoAppealCeilingCents)
    out.push_back({tr(lang, "Jusqu'à 5 000 €, le jugement n'est pas susceptible d'appel.", "Up to 5,000 euros, the judgment cannot be appealed."),
                   art::coj_R211_3_24});
  if (cents <= kSmallClaimsCeilingCents)
    out.push_back({tr(lang,
                      "Jusqu'à 5 000 €, un commissaire de justice peut aussi mener une procédure simplifiée de "
                      "recouvrement des petites créances, sans passer par le juge.",
                      "Up to 5,000 euros, a commissaire de justice (bailiff) can also run a simplified small-claims "
                      "recovery, without a judge."),
                   art::cpce_L125_1});
  return out;
}

Stage court_stage(const EscalationInput& in, Lang lang) {
  Stage s{"court", tr(lang, "Tribunal judiciaire", "Court (tribunal judiciaire)"), StageStatus::info, std::nullopt,
          std::nullopt, {}, {}};
  s.steps.push_back({tr(lang,
                        "Vous pouvez saisir le tribunal du lieu où vous demeuriez au moment de la conclusion du contrat.",
                        "You can go to the court of the place where you lived when the contract was made."),
                     art::R631_3});
  if (in.claim_cents) {
    for (auto& step : court_amount_steps(*in.claim_cents, lang)) s.steps.push_back(std::move(step));
  } else {
    s.status = StageStatus::unknown;
    s.missing.push_back("claimCents");
    s.steps.push_back({tr(lang,
                          "Le montant de votre demande décide du reste (démarche amiable obligatoire, avocat, appel) : "
                          "indiquez-le.",
                          "The amount you claim decides the rest (mandatory amicable step, lawyer, appeal): give it."),
                       art::cpc_750_1});
  }
  s.steps.push_back({tr(lang,
                        "Pour une somme d'argent déterminée d'origine contractuelle (un remboursement, par exemple), la "
                        "procédure d'injonction de payer est possible.",
                        "For a fixed sum of money owed under a contract (a refund, for example), the injonction de payer "
                        "(order for payment) procedure is possible."),
                     art::cpc_1405});
  return s;
}

Stage limit_stage(const EscalationInput& in, Lang lang) {
  Stage s{"limit", tr(lang, "Délai pour agir en justice", "Time limit to go to court"), StageStatus::unknown,
          std::nullopt, std::nullopt, {}, {}};
  if (in.facts_known) {
    s.from = *in.facts_known;
    s.until = same_date_months_later(*in.facts_known, kLimitMonths);
    s.status = in.today <= *s.until ? StageStatus::open : StageStatus::closed;
    s.steps.push_back({tr_fill(lang,
                               "Vous avez 5 ans pour agir en justice à compter du jour où vous avez connu les faits (le "
                               "{}) : jusqu'au {}.",
                               "You have 5 years to go to court from the day you knew the facts ({}): until {}.",
                               {day_text(*s.from, lang), day_text(*s.until, lang)}),
                       art::civ_2224});
  } else {
    s.missing.push_back("factsKnown");
    s.steps.push_back({tr(lang,
                          "Vous avez 5 ans pour agir en justice à compter du jour où vous avez connu les faits : "
                          "indiquez ce jour pour connaître la date limite.",
                          "You have 5 years to go to court from the day you knew the facts: give that day to get the "
                          "last date."),
                       art::civ_2224});
  }
  s.steps.push_back({tr(lang,
                        "Les garanties ont leurs propres délais, plus courts : 2 ans après la découverte du vice pour la "
                        "garantie des vices cachés ; voyez aussi le résultat de la garantie légale de conformité.",
                        "The guarantees have their own, shorter limits: 2 years from discovering the defect for hidden "
                        "defects; see also the result of the legal guarantee of conformity."),
                     art::civ_1648});
  return s;
}

Stage signalconso_stage(Lang lang) {
  Stage s{"signalconso", tr(lang, "SignalConso", "SignalConso"), StageStatus::info, std::nullopt, std::nullopt, {}, {}};
  s.steps.push_back({tr(lang,
                        "Vous pouvez signaler le vendeur à la DGCCRF sur SignalConso. C'est un signalement, pas une "
                        "plainte : il ne règle pas votre litige et ne remplace aucune des étapes du plan.",
                        "You can report the seller to the DGCCRF (the consumer protection authority) on SignalConso. It "
                        "is a report, not a complaint: it does not settle your dispute and replaces no step of the plan."),
                     art::signalconso});
  s.steps.push_back({tr(lang,
                        "Un vendeur qui ne respecte pas les règles de la rétractation encourt une amende administrative "
                        "jusqu'à 15 000 € (personne physique) ou 75 000 € (personne morale).",
                        "A seller breaching the withdrawal rules faces an administrative fine of up to 15,000 euros "
                        "(individual) or 75,000 euros (company)."),
                     art::L242_13});
  return s;
}

Stage ecc_stage(const EscalationInput& in, Lang lang) {
  Stage s{"ecc", tr(lang, "Centre européen des consommateurs France", "European Consumer Centre France"),
          StageStatus::not_applicable, std::nullopt, std::nullopt, {}, {}};
  const std::string what = tr(lang,
                              "Le CEC France aide pour un litige avec un vendeur établi dans un autre pays de l'Union "
                              "européenne, après que vous lui avez écrit et attendu 3 semaines.",
                              "ECC France helps with a dispute with a seller established in another EU country, after "
                              "you have written to it and waited 3 weeks.");
  switch (in.seller) {
    case SellerPlace::unknown:
      s.status = StageStatus::unknown;
      s.missing.push_back("seller");
      s.steps.push_back({what + tr(lang, " Indiquez où le vendeur est établi.", " Say where the seller is established."),
                         art::cec_france});
      return s;
    case SellerPlace::france:
    case SellerPlace::outside_eu:
      s.steps.push_back({what + tr(lang, " Ce n'est pas le cas de votre vendeur.", " Your seller is not."), art::cec_france});
      return s;
    case SellerPlace::other_eu: break;
  }
  if (!in.complaint_sent) {
    s.status = StageStatus::not_yet;
    s.missing.push_back("complaintSent");
    s.steps.push_back({what + tr(lang, " Écrivez d'abord au vendeur.", " First write to the seller."), art::cec_france});
    return s;
  }
  s.from = *in.complaint_sent + days{kEccWaitDays};
  s.status = in.today >= *s.from ? StageStatus::open : StageStatus::not_yet;
  s.steps.push_back({tr_fill(lang, "{} Vous lui avez écrit le {} : vous pouvez saisir le CEC France à partir du {}.",
                             "{} You wrote on {}: you can contact ECC France from {}.",
                             {what, day_text(*in.complaint_sent, lang), day_text(*s.from, lang)}),
                     art::cec_france});
  return s;
}

Stage card_stage(const EscalationInput& in, Lang lang) {
  Stage s{"card", tr(lang, "Paiement par carte", "Card payment"), StageStatus::info, std::nullopt, std::nullopt, {}, {}};
  s.steps.push_back({tr(lang,
                        "Un paiement par carte que vous avez autorisé est irrévocable : la loi ne vous donne pas le droit "
                        "de le faire annuler par votre banque. Les contestations pour bien non livré (« chargeback ») "
                        "relèvent des règles des réseaux de cartes, pas de la loi : demandez à votre banque.",
                        "A card payment you authorised is irrevocable: the law gives you no right to have your bank "
                        "cancel it. Disputes for goods not delivered (\"chargebacks\") are card-network rules, not law: "
                        "ask your bank."),
                     art::cmf_L133_8});
  std::string until;
  if (in.card_debit) {
    s.until = same_date_months_later(*in.card_debit, kUnauthorisedCardMonths);
    until = tr_fill(lang, " (débit du {} : au plus tard le {})", " (debited on {}: by {} at the latest)",
                    {day_text(*in.card_debit, lang), day_text(*s.until, lang)});
  }
  s.steps.push_back({tr_fill(lang, "Un paiement que vous n'avez pas autorisé se signale à votre banque dans les 13 mois suivant le débit{}.",
                             "A payment you did not authorise must be reported to your bank within 13 months of the debit{}.",
                             {until}),
                     art::cmf_L133_24});
  s.steps.push_back({tr(lang,
                        "La banque doit alors le rembourser au plus tard à la fin du premier jour ouvrable suivant votre "
                        "signalement.",
                        "The bank must then refund it by the end of the next business day after your report at the "
                        "latest."),
                     art::cmf_L133_18});
  return s;
}

Steps reading_steps(Lang lang) {
  return {{tr(lang,
              "Lecture retenue : ces dates ne sont pas reportées au jour ouvré suivant quand elles tombent un samedi, "
              "un dimanche ou un jour férié. Les textes ne le prévoient que pour les délais de 14 jours du code de la "
              "consommation ; pour un délai que vous devez tenir, la date non reportée est la plus proche, donc la plus "
              "sûre.",
              "Reading used: these dates are not moved to the next working day when they fall on a Saturday, a Sunday "
              "or a public holiday. The texts provide that only for the 14-day periods of the consumer code; for a "
              "deadline you must meet, the unmoved date is the earlier, hence the safe one."),
           art::L221_19}};
}

void add_deadline(std::vector<Deadline>& out, std::string_view id, std::optional<sys_days> day, std::string title,
                  ArticleRef article) {
  if (day) out.push_back({id, *day, std::move(title), article});
}

std::vector<Deadline> plan_deadlines(const EscalationInput& in, const EscalationPlan& p, Lang lang) {
  std::vector<Deadline> out = in.case_deadlines;
  const auto stage = [&](std::string_view id) -> const Stage& {
    for (const auto* list : {&p.stages, &p.beside})
      for (const auto& s : *list)
        if (s.id == id) return s;
    return p.stages.front();  // unreachable: every id below exists
  };
  if (in.notice_sent)
    add_deadline(out, "notice-deadline", stage("notice").until,
                 tr(lang, "Fin du délai laissé au vendeur par la mise en demeure", "End of the delay given to the seller by the formal notice"),
                 art::civ_1344_1);
  const Stage& mediator = stage("mediator");
  if (!in.mediator_referred)  // once referred, the last day to refer no longer matters
    add_deadline(out, "mediator-until", mediator.until,
                 tr(lang, "Dernier jour pour saisir le médiateur de la consommation", "Last day to refer the case to the consumer mediator"),
                 art::L612_2);
  if (in.mediator_referred && mediator.status == StageStatus::waiting) {
    add_deadline(out, "mediator-admissibility", *in.mediator_referred + days{kMediatorAdmissibilityDays},
                 tr(lang, "Le médiateur a dû vous dire s'il refuse votre dossier (3 semaines)",
                    "The mediator should have told you whether it rejects your file (3 weeks)"),
                 art::L612_2);
    add_deadline(out, "mediator-outcome", *in.mediator_referred + days{kMediatorOutcomeDays},
                 tr(lang, "Issue de la médiation attendue (90 jours)", "Mediation outcome expected (90 days)"), art::L612_2);
  }
  add_deadline(out, "ecc-from", stage("ecc").from,
               tr(lang, "Vous pouvez saisir le Centre européen des consommateurs France", "You can contact the European Consumer Centre France"),
               art::cec_france);
  add_deadline(out, "limit-until", stage("limit").until,
               tr(lang, "Fin du délai de 5 ans pour agir en justice", "End of the 5-year limit to go to court"), art::civ_2224);
  add_deadline(out, "card-unauthorised-until", stage("card").until,
               tr(lang, "Dernier jour pour signaler un paiement par carte non autorisé (13 mois)",
                  "Last day to report an unauthorised card payment (13 months)"),
               art::cmf_L133_24);
  std::stable_sort(out.begin(), out.end(), [](const Deadline& a, const Deadline& b) { return a.day < b.day; });
  return out;
}

}  // namespace

EscalationPlan escalation_plan(const EscalationInput& in, Lang lang) {
  EscalationPlan p;
  p.stages = {complaint_stage(in, lang), notice_stage(in, lang), mediator_stage(in, lang),
              conciliator_stage(lang),   court_stage(in, lang),  limit_stage(in, lang)};
  p.beside = {signalconso_stage(lang), ecc_stage(in, lang), card_stage(in, lang)};
  p.deadlines = plan_deadlines(in, p, lang);
  p.reading = reading_steps(lang);
  return p;
}

std::vector<Deadline> upcoming_deadlines(const EscalationPlan& plan, date::sys_days today) {
  std::vector<Deadline> out;
  for (const auto& d : plan.deadlines)
    if (d.day >= today) out.push_back(d);
  return out;
}

}  // namespace dc
