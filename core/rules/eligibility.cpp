// The scope checks (article liminaire, L221-18, L224-59, L221-2, rules.md section 1, loi 2014-344)
// then the exclusions (L221-28), with the notes of L242-3, L221-25 and L221-26.
#include "rules/eligibility.hpp"
#include <string>
#include "rules/exclusions.hpp"
#include "text/date_words.hpp"

namespace dc {
namespace {

// One check: a "no" with its reason, an input still needed, or a "yes" explained.
struct Check {
  std::optional<DoesNotApply> no;
  std::optional<Input> missing;
  std::optional<Step> step;
};

Check ask(Input input) { return {std::nullopt, input, std::nullopt}; }
Check yes(Step step) { return {std::nullopt, std::nullopt, std::move(step)}; }
Check no(NotApplicable reason, Step why, Steps consequences = {}) {
  return {DoesNotApply{reason, 0, std::move(why), std::move(consequences)}, std::nullopt, std::nullopt};
}

Step guarantees_remain(Lang lang) {
  return {tr(lang, "Les garanties légales (conformité, vices cachés) s'appliquent quand même.",
             "The legal guarantees (conformity, hidden defects) still apply."),
          art::L217_3};
}

Check check_seller(std::optional<Seller> seller, Lang lang) {
  if (!seller) return ask(Input::seller);
  if (*seller == Seller::professional)
    return yes({tr(lang, "Vendeur professionnel : le droit de rétractation du Code de la consommation peut s'appliquer.",
                   "Professional seller: the Consumer Code's withdrawal right can apply."),
                art::liminaire});
  return no(NotApplicable::private_seller,
            {tr(lang,
                "Achat auprès d'un particulier : le droit de rétractation n'est dû que par un professionnel à un "
                "consommateur. Sur une place de marché, vérifiez le statut que le vendeur déclare (D111-8) ; s'il se "
                "présente comme particulier mais vend en professionnel, signalez-le à la plateforme.",
                "Bought from a private person: the withdrawal right is owed only by a professional to a consumer. On a "
                "marketplace, check the status the seller declares (D111-8); if he presents himself as a private person "
                "but sells as a trade, report it to the platform."),
             art::liminaire},
            {{tr(lang, "Entre particuliers, la garantie des vices cachés du Code civil s'applique.",
                 "Between private persons, the Civil Code's guarantee against hidden defects applies."),
              art::civ_1641}});
}

Check check_channel(std::optional<Channel> channel, Lang lang) {
  if (!channel) return ask(Input::channel);
  switch (*channel) {
    case Channel::distance:
      return yes({tr(lang, "Achat à distance : le droit de rétractation de 14 jours s'applique en principe.",
                     "Bought at a distance: the 14-day withdrawal right applies in principle."),
                  art::L221_18});
    case Channel::off_premises:
      return yes({tr(lang, "Achat hors établissement : le droit de rétractation de 14 jours s'applique en principe.",
                     "Bought off-premises: the 14-day withdrawal right applies in principle."),
                  art::L221_18});
    case Channel::shop:
      return no(NotApplicable::shop,
                {tr(lang,
                    "Achat en magasin : la loi ne prévoit pas de droit de rétractation. Une politique de retour du "
                    "magasin est un geste commercial, aux conditions qu'il fixe.",
                    "Bought in a shop: the law gives no withdrawal right. A shop's return policy is commercial "
                    "goodwill, on the shop's own terms."),
                 art::L221_18},
                {guarantees_remain(lang)});
    case Channel::fair:
      return no(NotApplicable::fair,
                {tr(lang,
                    "Achat sur une foire ou un salon : pas de droit de rétractation ; le vendeur doit vous en informer "
                    "avant la conclusion du contrat.",
                    "Bought at a fair or exhibition: no withdrawal right; the seller must tell you so before the "
                    "contract is concluded."),
                 art::L224_59},
                {guarantees_remain(lang),
                 {tr(lang,
                     "Si l'achat est financé par un crédit affecté, ce crédit a son propre droit de rétractation (d'après "
                     "des sources secondaires) ; DroitConso ne le calcule pas.",
                     "If the purchase is financed by a linked credit, that credit has its own withdrawal right "
                     "(according to secondary sources); DroitConso does not compute it."),
                  art::L224_62}});
  }
  return ask(Input::channel);
}

Check check_territory(const std::optional<TerritoryAnswer>& territory, Lang lang) {
  if (!territory) return ask(Input::territory);
  if (const auto* covered = std::get_if<Territory>(&*territory))
    return yes({tr(lang, "Territoire : " + territory_name(*covered, lang) + " ; ses jours fériés comptent dans les délais.",
                   "Territory: " + territory_name(*covered, lang) + "; its public holidays count in the periods."),
                art::L221_19});
  const std::string name = other_territory_name(std::get<OtherTerritory>(*territory), lang);
  return no(NotApplicable::territory,
            {tr(lang,
                name + " a ses propres règles de consommation : le Code de la consommation ne s'y applique pas tel quel, "
                       "et DroitConso ne couvre pas ces règles. Renseignez-vous auprès du service chargé de la "
                       "consommation de ce territoire.",
                name + " has its own consumer rules: the French Consumer Code does not apply there as such, and "
                       "DroitConso does not cover those rules. Ask the consumer affairs service of that territory."),
             art::local_consumer_rules});
}

std::string sector_name(Sector s, Lang lang) {
  const auto& option = input_spec(Input::sector).options[static_cast<std::size_t>(s)];
  return tr(lang, option.fr, option.en);
}

Check check_sector(std::optional<Sector> sector, Lang lang) {
  if (!sector) return ask(Input::sector);
  if (*sector == Sector::none)
    return yes({tr(lang, "Secteur : aucun de ceux que l'article L221-2 met hors du chapitre.",
                   "Sector: none of those article L221-2 puts outside the chapter."),
                art::L221_2});
  return no(NotApplicable::sector,
            {tr(lang,
                sector_name(*sector, lang) +
                    " : secteur hors du chapitre sur les contrats à distance et hors établissement. Le délai de ce "
                    "chapitre ne s'applique pas ; des règles propres à ce secteur peuvent exister, que DroitConso ne "
                    "couvre pas.",
                sector_name(*sector, lang) +
                    ": a sector outside the chapter on distance and off-premises contracts. This chapter's period does "
                    "not apply; rules of that sector's own may exist, which DroitConso does not cover."),
             art::L221_2});
}

Check check_conclusion(std::optional<date::sys_days> concluded, std::optional<date::sys_days> received, Lang lang) {
  const Step before{tr(lang,
                       "Un contrat conclu avant le 14 juin 2014 relevait de l'ancien régime (délai de 7 jours), que "
                       "DroitConso ne calcule pas.",
                       "A contract concluded before 14 June 2014 fell under the former regime (a 7-day period), which "
                       "DroitConso does not compute."),
                    art::loi_2014_344};
  if (concluded && *concluded < kHamonFirstDay)
    return no(NotApplicable::before_hamon,
              {tr(lang, "Contrat conclu le " + long_date(*concluded, lang) + ". ", "Contract concluded on " +
                  long_date(*concluded, lang) + ". ") + before.text, before.article});
  if (!concluded && received && *received < kHamonFirstDay)
    return no(NotApplicable::before_hamon,
              {tr(lang, "Reçu le " + long_date(*received, lang) + ", le contrat a été conclu avant le 14 juin 2014. ",
                  "Received on " + long_date(*received, lang) + ", the contract was concluded before 14 June 2014. ") +
                   before.text,
               before.article});
  if (!concluded) return ask(Input::concluded);
  return yes({tr(lang, "Contrat conclu le " + long_date(*concluded, lang) + " : régime de 14 jours de la loi du 17 mars 2014.",
                 "Contract concluded on " + long_date(*concluded, lang) + ": the 14-day regime of the law of 17 March 2014."),
              art::loi_2014_344});
}

Steps notes_when_it_may_apply(const PurchaseFacts& f, Lang lang) {
  Steps notes{
      {tr(lang,
          "Seuls les cas de l'article L221-28 privent du droit de rétractation : une clause du vendeur qui exclut autre "
          "chose n'est pas une exception légale et n'a pas d'effet.",
          "Only the cases of article L221-28 remove the withdrawal right: a seller's clause excluding anything else is "
          "not a legal exception and has no effect."),
       art::L221_28},
      {tr(lang, "Une clause par laquelle vous renonceriez à votre droit de rétractation est nulle.",
          "A clause by which you would give up your withdrawal right is void."),
       art::L242_3},
  };
  if (f.contract == ContractKind::service || f.contract == ContractKind::utility)
    notes.push_back({tr(lang,
                        "Si vous avez demandé que le service commence pendant le délai puis vous rétractez, vous devez "
                        "un montant proportionné à ce qui a été fourni jusqu'à votre rétractation ; rien si le vendeur "
                        "n'a pas recueilli votre demande expresse ou ne vous a pas donné l'information sur la "
                        "rétractation.",
                        "If you asked for the service to begin during the period and then withdraw, you owe an amount "
                        "in proportion to what was supplied up to your withdrawal; nothing if the seller did not obtain "
                        "your express request or did not give you the withdrawal information."),
                     art::L221_25});
  if (f.contract == ContractKind::digital_content)
    notes.push_back({tr(lang,
                        "Si vous vous rétractez, vous ne devez rien pour le contenu numérique fourni sans votre accord "
                        "préalable exprès et la confirmation du vendeur.",
                        "If you withdraw, you owe nothing for digital content supplied without your prior express "
                        "consent and the seller's confirmation."),
                     art::L221_26});
  if (f.concluded && *f.concluded < kExclusionsWordingSince)
    notes.push_back({tr(lang,
                        "Les exceptions sont vérifiées dans leur rédaction en vigueur depuis le 28 mai 2022 ; pour un "
                        "contrat conclu avant, l'ancienne rédaction s'appliquait et peut différer sur des détails.",
                        "The exceptions are checked in their wording in force since 28 May 2022; for a contract "
                        "concluded before, the former wording applied and may differ in details."),
                     art::L221_28});
  return notes;
}

}  // namespace

std::string other_territory_name(OtherTerritory t, Lang lang) {
  switch (t) {
    case OtherTerritory::nouvelle_caledonie: return tr(lang, "La Nouvelle-Calédonie", "New Caledonia");
    case OtherTerritory::polynesie_francaise: return tr(lang, "La Polynésie française", "French Polynesia");
    case OtherTerritory::wallis_et_futuna: return tr(lang, "Wallis-et-Futuna", "Wallis and Futuna");
    case OtherTerritory::saint_pierre_et_miquelon: return tr(lang, "Saint-Pierre-et-Miquelon", "Saint Pierre and Miquelon");
  }
  return {};
}

Eligibility check_eligibility(const PurchaseFacts& f, Lang lang) {
  Eligibility out{Applies{}, {}, {}};
  std::vector<Input> missing;
  const Check scope[] = {check_seller(f.seller, lang), check_channel(f.channel, lang),
                         check_territory(f.territory, lang),
                         f.contract ? Check{} : ask(Input::contract), check_sector(f.sector, lang),
                         check_conclusion(f.concluded, f.received, lang)};
  for (const auto& c : scope) {
    if (c.step) out.checks.push_back(*c.step);
    if (c.missing) missing.push_back(*c.missing);
    if (c.no) {
      out.verdict = *c.no;
      out.checks.push_back(c.no->why);
      return out;
    }
  }
  if (f.contract) {
    ExclusionCheck ex = check_exclusions(*f.contract, f.answers, lang);
    out.checks.insert(out.checks.end(), ex.steps.begin(), ex.steps.end());
    if (ex.excluded_by) {
      const ExclusionRule& rule = exclusion_rule(*ex.excluded_by);
      out.verdict = DoesNotApply{NotApplicable::exclusion, rule.number, out.checks.back(),
                                 exclusion_consequences(rule.number, *f.contract, lang)};
      return out;
    }
    missing.insert(missing.end(), ex.missing.begin(), ex.missing.end());
  }
  out.notes = notes_when_it_may_apply(f, lang);
  if (!missing.empty()) out.verdict = CannotTell{in_asking_order(std::move(missing))};
  return out;
}

}  // namespace dc
