// The legal guarantee of conformity, assembled (rules.md section 10): L217-3, L217-7, L217-10,
// L217-13, L217-14 (contracts from 2022); L217-7, L217-9, L217-10, L217-12 in their earlier wording
// (contracts before); L224-25-12 and L224-25-16 (digital content and services).
#include "rules/conformity.hpp"
#include <algorithm>
#include "rules/period.hpp"
#include "text/date_words.hpp"

namespace dc {
namespace {

using date::days;
using date::sys_days;

bool from2022(const ConformityResult& r) { return r.regime == ConformityRegime::from2022; }

// A step is added once: the same month-end explanation can serve the window and the presumption.
void add(Steps& steps, std::optional<Step> s) {
  for (const auto& existing : steps)
    if (s && existing.text == s->text) return;
  if (s) steps.push_back(std::move(*s));
}

std::vector<MissingFact> missing_facts(const ConformityInput& in) {
  std::vector<MissingFact> out;
  if (!in.contract) out.push_back({ConformityFact::contract});
  if (!in.delivered) out.push_back({ConformityFact::delivered});
  if (in.item != ConformityItem::digital && !in.condition) out.push_back({ConformityFact::condition});
  if (in.item != ConformityItem::goods && !in.continuous_supply) out.push_back({ConformityFact::continuous_supply});
  if (in.continuous_supply.value_or(false) && !in.supply_end) out.push_back({ConformityFact::supply_end});
  if (!in.defect_appeared) out.push_back({ConformityFact::defect_appeared});
  return out;
}

// ---- Which regime -------------------------------------------------------------------------------

Step contract_needed_step(Lang lang) {
  return {tr(lang,
             "La date du contrat décide des règles applicables (contrats conclus avant le 1er janvier 2022, ou à partir "
             "de cette date) : indiquez-la.",
             "The date of the contract decides which rules apply (contracts concluded before 1 January 2022, or from "
             "that day on): please give it."),
          art::L217_3};
}

Step not_covered_step(const ConformityInput& in, Lang lang) {
  const std::string day = long_date(*in.contract, lang);
  if (*in.contract < kConformityFirstContractDay)
    return {tr(lang,
               "Contrat conclu le " + day + " : la garantie légale de conformité ne vaut que pour les contrats conclus "
               "après le 19 février 2005 ; DroitConso ne couvre pas ce cas. La garantie des vices cachés (C. civ. 1641) "
               "peut s'appliquer.",
               "Contract concluded on " + day + ": the legal guarantee of conformity only applies to contracts "
               "concluded after 19 February 2005; DroitConso does not cover this case. The guarantee against hidden "
               "defects (C. civ. 1641) may apply."),
            art::ord_2005_136};
  return {tr(lang,
             "Contenu ou service numérique, contrat conclu le " + day + " : DroitConso ne couvre la garantie propre aux "
             "contenus et services numériques que pour les contrats conclus à partir du 1er janvier 2022.",
             "Digital content or service, contract concluded on " + day + ": DroitConso covers the guarantee for "
             "digital content and services only for contracts concluded from 1 January 2022."),
          art::L224_25_12};
}

Step regime_step(const ConformityInput& in, const RegimeSpan& span, Lang lang) {
  const std::string day = long_date(*in.contract, lang);
  if (span.regime == ConformityRegime::before2022)
    return {tr(lang,
               "Contrat conclu le " + day + ", avant le 1er janvier 2022 : la garantie légale de conformité s'applique "
               "dans sa rédaction antérieure à l'ordonnance 2021-1247.",
               "Contract concluded on " + day + ", before 1 January 2022: the legal guarantee of conformity applies in "
               "its wording before ordonnance 2021-1247."),
            art::L217_12_old};
  const bool digital = in.item == ConformityItem::digital;
  return {tr(lang,
             "Contrat conclu le " + day + ", à partir du 1er janvier 2022 : la garantie légale de conformité issue de "
             "l'ordonnance 2021-1247 s'applique.",
             "Contract concluded on " + day + ", from 1 January 2022: the legal guarantee of conformity as reformed by "
             "ordonnance 2021-1247 applies."),
          digital ? art::L224_25_12 : art::L217_3};
}

Step digital_elements_before2022_step(Lang lang) {
  return {tr(lang,
             "Les règles propres aux éléments numériques fournis en continu datent de 2022 : pour ce contrat, le bien "
             "suit la garantie des biens.",
             "The rules for digital elements supplied continuously date from 2022: for this contract, the item follows "
             "the guarantee for goods."),
          art::L217_12_old};
}

// ---- Until when ---------------------------------------------------------------------------------

const ArticleRef& window_article(const ConformityInput& in, const ConformityResult& r) {
  if (in.item == ConformityItem::digital) return art::L224_25_12;
  return from2022(r) ? art::L217_3 : art::L217_12_old;
}

void digital_window(const ConformityInput& in, ConformityResult& r, Lang lang) {
  if (!in.continuous_supply || (*in.continuous_supply && !in.supply_end)) return;
  const std::string supplied = long_date(*in.delivered, lang);
  if (*in.continuous_supply) {
    r.until = *in.supply_end;
    r.steps.push_back({tr(lang,
                          "Contenu ou service numérique fourni de manière continue depuis le " + supplied +
                              " : le professionnel répond des défauts qui apparaissent pendant toute la période de "
                              "fourniture, jusqu'au " + long_date(*r.until, lang) + ".",
                          "Digital content or service supplied continuously since " + supplied +
                              ": the trader answers for defects that appear during the whole supply period, until " +
                              long_date(*r.until, lang) + "."),
                       art::L224_25_12});
    return;
  }
  r.until = same_date_months_later(*in.delivered, 24);
  r.steps.push_back({tr(lang,
                        "Contenu ou service numérique fourni le " + supplied +
                            " : le professionnel répond des défauts qui apparaissent dans les 2 ans, jusqu'au " +
                            long_date(*r.until, lang) + ".",
                        "Digital content or service supplied on " + supplied +
                            ": the trader answers for defects that appear within 2 years, until " +
                            long_date(*r.until, lang) + "."),
                     art::L224_25_12});
  add(r.steps, explain_month_end(*in.delivered, 24, lang));
}

void goods_window_before2022(const ConformityInput& in, ConformityResult& r, Lang lang) {
  r.until = same_date_months_later(*in.delivered, 24);
  r.steps.push_back({tr(lang,
                        "Vous avez 2 ans à compter de la délivrance du bien (" + long_date(*in.delivered, lang) +
                            ") pour agir : jusqu'au " + long_date(*r.until, lang) + ".",
                        "You have 2 years from delivery of the goods (" + long_date(*in.delivered, lang) +
                            ") to act: until " + long_date(*r.until, lang) + "."),
                     art::L217_12_old});
  add(r.steps, explain_month_end(*in.delivered, 24, lang));
  if (!in.history.empty())
    r.steps.push_back({tr(lang,
                          "Réparations et remplacements : pour un contrat conclu avant 2022, les règles retenues ici ne "
                          "prévoient ni suspension ni extension ; la date ci-dessus n'en tient pas compte (la plus proche).",
                          "Repairs and replacements: for a contract concluded before 2022, the rules used here give no "
                          "suspension and no extension; the date above leaves them out (the earlier one)."),
                       art::L217_12_old});
}

void goods_window_from2022(const ConformityInput& in, ConformityResult& r, Lang lang) {
  GuaranteeWindow w = goods_window_2022(*in.delivered, in.history, RepairExtension::once, lang);
  const GuaranteeWindow each = goods_window_2022(*in.delivered, in.history, RepairExtension::each_repair, lang);
  for (auto& s : w.steps) r.steps.push_back(std::move(s));
  r.until = w.until;
  r.suspended_since = w.suspended_since;
  r.days_left_at_suspension = w.days_left_at_suspension;
  r.new_guarantee_from = w.restarted_on;
  if (w.missing_after_repair_not_done)
    r.missing.push_back({ConformityFact::after_repair_not_done, *w.missing_after_repair_not_done});
  if (w.until && each.until && *each.until > *w.until) {
    r.until_if_each_repair_extends = each.until;
    r.steps.push_back({tr(lang,
                          "Si chaque réparation ajoutait 6 mois, la garantie courrait jusqu'au " +
                              long_date(*each.until, lang) + " ; nous retenons la date la plus proche.",
                          "If each repair added 6 months, the guarantee would run until " +
                              long_date(*each.until, lang) + "; we keep the earlier date."),
                       art::L217_13});
  }
}

// L217-3: goods with digital elements supplied continuously for more than 2 years: the whole supply period.
void digital_elements_window(const ConformityInput& in, ConformityResult& r, Lang lang) {
  if (in.item != ConformityItem::goods_with_digital_elements || !from2022(r)) return;
  if (!in.continuous_supply.value_or(false) || !in.supply_end) return;
  const sys_days two_years = same_date_months_later(*in.delivered, 24);
  const std::string end = long_date(*in.supply_end, lang);
  if (*in.supply_end <= two_years) {
    r.steps.push_back({tr(lang,
                          "Le contenu ou service numérique du bien est fourni jusqu'au " + end +
                              ", pas plus de 2 ans : la garantie de 2 ans le couvre.",
                          "The item's digital content or service is supplied until " + end +
                              ", not more than 2 years: the 2-year guarantee covers it."),
                       art::L217_3});
    return;
  }
  const sys_days until = r.until ? std::max(*r.until, *in.supply_end) : *in.supply_end;
  r.digital_elements = DigitalElementsWindow{until, term_from_today(until, in.today), std::nullopt};
  r.steps.push_back({tr(lang,
                        "Le contenu ou service numérique du bien est fourni de manière continue jusqu'au " + end +
                            ", plus de 2 ans : pour ses défauts, le vendeur répond pendant toute la période de "
                            "fourniture, jusqu'au " + long_date(until, lang) + ".",
                        "The item's digital content or service is supplied continuously until " + end +
                            ", more than 2 years: for its defects, the seller answers during the whole supply period, "
                            "until " + long_date(until, lang) + "."),
                     art::L217_3});
}

void compute_window(const ConformityInput& in, ConformityResult& r, Lang lang) {
  if (!in.delivered) return;
  if (in.item == ConformityItem::digital) digital_window(in, r, lang);
  else if (from2022(r)) goods_window_from2022(in, r, lang);
  else goods_window_before2022(in, r, lang);
  digital_elements_window(in, r, lang);
  if (r.until) r.steps.push_back(explain_no_roll(*r.until, window_article(in, r), in.territory, lang));
}

// ---- Where today stands -------------------------------------------------------------------------

void status_steps(const ConformityInput& in, ConformityResult& r, Lang lang) {
  if (r.suspended_since) {
    r.from_today = {TermStatus::suspended, std::nullopt};
    return;
  }
  r.from_today = term_from_today(r.until, in.today);
  const ArticleRef& article = window_article(in, r);
  const std::string today = long_date(in.today, lang);
  if (r.from_today.status == TermStatus::open && !from2022(r)) {
    const std::string n = std::to_string(*r.from_today.days_left);
    r.steps.push_back({tr(lang,
                          "Aujourd'hui (" + today + "), il reste " + n + " jour(s) pour agir contre le vendeur, au besoin "
                          "en justice, jusqu'au " + long_date(*r.until, lang) + ".",
                          "Today (" + today + "), " + n + " day(s) remain to act against the seller, in court if need "
                          "be, until " + long_date(*r.until, lang) + "."),
                       article});
  } else if (r.from_today.status == TermStatus::open) {
    const std::string n = std::to_string(*r.from_today.days_left);
    const bool digital = in.item == ConformityItem::digital;
    r.steps.push_back({tr(lang,
                          "Aujourd'hui (" + today + "), il reste " + n + " jour(s) jusqu'au " + long_date(*r.until, lang) +
                              ". Faites votre demande au " + (digital ? "professionnel" : "vendeur") +
                              " avant cette date, par écrit, et gardez-en la preuve.",
                          "Today (" + today + "), " + n + " day(s) remain until " + long_date(*r.until, lang) +
                              ". Make your request to the " + (digital ? "trader" : "seller") +
                              " before that date, in writing, and keep proof of it."),
                       article});
    if (!digital)
      r.steps.push_back({tr(lang,
                            "Lecture prudente : le code dit que le vendeur répond des défauts apparus dans ce délai ; "
                            "l'information légale type le présente comme le délai pour obtenir la mise en œuvre de la "
                            "garantie. Agir avant la fin vaut dans les deux lectures.",
                            "Cautious reading: the code says the seller answers for defects that appear within this "
                            "period; the standard legal information presents it as the period to obtain the guarantee. "
                            "Acting before the end is safe under both readings."),
                         art::D211_2_annex});
  } else if (r.from_today.status == TermStatus::closed) {
    std::string fr = "Aujourd'hui (" + today + "), la date du " + long_date(*r.until, lang) + " est passée.";
    std::string en = "Today (" + today + "), " + long_date(*r.until, lang) + " has passed.";
    if (from2022(r) && r.defect_covered.value_or(false)) {
      fr += " Votre défaut étant apparu avant cette date, le vendeur en répond encore selon le code : faites votre "
            "demande sans attendre si ce n'est déjà fait.";
      en += " Since your defect appeared before that date, the seller still answers for it under the code: make your "
            "request at once if you have not done so.";
    }
    r.steps.push_back({tr(lang, fr, en), article});
  }
}

// ---- Is the defect covered, and presumed -----------------------------------------------------------

void coverage(const ConformityInput& in, ConformityResult& r, Lang lang) {
  if (!in.defect_appeared) return;
  const std::string day = long_date(*in.defect_appeared, lang);
  if (r.suspended_since) {
    r.defect_covered = true;  // the end will come after the goods are handed back, so after today
  } else if (r.until) {
    r.defect_covered = *in.defect_appeared <= *r.until;
    if (*r.defect_covered)
      r.steps.push_back({tr(lang, "Le défaut est apparu le " + day + ", dans ce délai : la garantie le couvre.",
                            "The defect appeared on " + day + ", within this period: the guarantee covers it."),
                         window_article(in, r)});
    else
      r.steps.push_back({tr(lang,
                            "Le défaut est apparu le " + day + ", après la fin du délai (" + long_date(*r.until, lang) +
                                ") : la garantie légale de conformité ne le couvre pas.",
                            "The defect appeared on " + day + ", after the period ended (" + long_date(*r.until, lang) +
                                "): the legal guarantee of conformity does not cover it."),
                         window_article(in, r)});
  }
  if (r.digital_elements) {
    r.digital_elements->defect_covered = *in.defect_appeared <= r.digital_elements->until;
    if (*r.digital_elements->defect_covered && !r.defect_covered.value_or(true))
      r.steps.push_back({tr(lang, "S'il touche le contenu ou service numérique du bien, il reste couvert.",
                            "If it lies in the item's digital content or service, it is still covered."),
                         art::L217_3});
  }
}

Step presumption_rule_step(const ConformityInput& in, const ConformityResult& r, const ArticleRef& article, Lang lang) {
  const std::string until = long_date(*r.presumption_until, lang);
  if (!r.presumption_months)
    return {tr(lang,
               "Fourniture continue : pendant toute la période de fourniture (jusqu'au " + until +
                   "), c'est au professionnel de prouver que le contenu ou service était conforme.",
               "Continuous supply: during the whole supply period (until " + until +
                   "), the trader must prove that the content or service was in conformity."),
            article};
  const std::string n = std::to_string(*r.presumption_months);
  std::string fr = "Les défauts qui apparaissent dans les " + n + " mois suivant la " +
                   (in.item == ConformityItem::digital ? "fourniture" : "délivrance") + " (jusqu'au " + until +
                   " inclus) sont présumés exister dès ce jour-là, sauf preuve contraire";
  std::string en = "Defects that appear within " + n + " months of " +
                   (in.item == ConformityItem::digital ? "supply" : "delivery") + " (until " + until +
                   " included) are presumed to have existed on that day, unless proven otherwise";
  if (r.regime == ConformityRegime::before2022 && in.condition == GoodsCondition::new_goods) {
    const bool hamon = *in.contract >= sys_days{date::year{2016} / 3 / 18};
    fr += hamon ? " (bien neuf acheté à partir du 18 mars 2016, loi 2014-344 : 24 mois)"
                : " (bien neuf acheté avant le 18 mars 2016 : 6 mois)";
    en += hamon ? " (new goods bought from 18 March 2016, law 2014-344: 24 months)"
                : " (new goods bought before 18 March 2016: 6 months)";
  } else if (in.condition == GoodsCondition::second_hand && in.item != ConformityItem::digital) {
    fr += " (bien d'occasion : " + n + " mois)";
    en += " (second-hand goods: " + n + " months)";
  }
  return {tr(lang, fr + ".", en + "."), article};
}

// "Day N": the defect appeared N days after delivery (delivery is day 0).
Step presumed_step(const ConformityInput& in, const ConformityResult& r, const ArticleRef& article, Lang lang) {
  const bool digital = in.item == ConformityItem::digital;
  const std::string n = std::to_string((*in.defect_appeared - *in.delivered).count());
  const std::string when_fr = long_date(*in.defect_appeared, lang) + " (" + n + " jour(s) après la " +
                              (digital ? "fourniture" : "délivrance") + ")";
  const std::string when_en = long_date(*in.defect_appeared, lang) + " (" + n + " day(s) after " +
                              (digital ? "supply" : "delivery") + ")";
  if (*r.presumed)
    return {tr(lang,
               "Votre défaut est apparu le " + when_fr + " : il est présumé. Vous n'avez à prouver que le défaut "
               "lui-même ; c'est au " + (digital ? "professionnel" : "vendeur") + " de prouver qu'il n'existait pas " +
                   (digital ? "à la fourniture." : "à la délivrance."),
               "Your defect appeared on " + when_en + ": it is presumed. You only have to show the defect itself; the " +
                   (digital ? "trader" : "seller") + " must prove it did not exist at " +
                   (digital ? "supply." : "delivery.")),
            article};
  return {tr(lang,
             "Votre défaut est apparu le " + when_fr + ", après cette période : c'est à vous de prouver qu'il existait "
             "déjà " + (digital ? "à la fourniture" : "à la délivrance") +
                 " (expertise, rapport de réparateur, échanges avec le vendeur).",
             "Your defect appeared on " + when_en + ", after this period: you must prove it already existed at " +
                 (digital ? "supply" : "delivery") + " (expert report, repairer's report, exchanges with the seller)."),
          article};
}

// The presumption is counted from the original delivery (the cautious reading); after a replacement
// that started a new guarantee, restarting it too would give a later date, shown here.
void presumption_reading_steps(const ConformityInput& in, ConformityResult& r, Lang lang) {
  if (in.history.empty() || !from2022(r) || !r.presumption_months) return;
  std::string fr = "La présomption se compte depuis la délivrance d'origine, sans les suspensions ni extensions (lecture "
                   "prudente : les textes ne disent pas qu'elles la prolongent).";
  std::string en = "The presumption is counted from the original delivery, without suspensions or extensions (cautious "
                   "reading: the texts do not say they lengthen it).";
  if (r.new_guarantee_from) {
    const sys_days alt = same_date_months_later(*r.new_guarantee_from, *r.presumption_months);
    fr += " Si elle repartait avec la nouvelle garantie du bien de remplacement, elle courrait jusqu'au " +
          long_date(alt, lang) + ".";
    en += " If it restarted with the replacement's new guarantee, it would run until " + long_date(alt, lang) + ".";
  }
  r.steps.push_back({tr(lang, fr, en), art::L217_7});
}

void presumption(const ConformityInput& in, ConformityResult& r, Lang lang) {
  if (!in.delivered) return;
  const bool digital = in.item == ConformityItem::digital;
  const ArticleRef* article = nullptr;
  if (digital) {
    if (!in.continuous_supply || (*in.continuous_supply && !in.supply_end)) return;
    article = &art::L224_25_16;
    if (*in.continuous_supply) {
      r.presumption_until = *in.supply_end;
    } else {
      r.presumption_months = 12;
      r.presumption_until = same_date_months_later(*in.delivered, 12);
    }
  } else {
    if (!in.condition) return;
    const RegimeSpan& span = *regime_span_for(*in.contract);
    article = &span.presumption_article;
    r.presumption_months = presumption_months(span, *in.condition);
    r.presumption_until = same_date_months_later(*in.delivered, *r.presumption_months);
  }
  r.steps.push_back(presumption_rule_step(in, r, *article, lang));
  if (r.presumption_months) add(r.steps, explain_month_end(*in.delivered, *r.presumption_months, lang));
  presumption_reading_steps(in, r, lang);
  if (in.item == ConformityItem::goods_with_digital_elements && from2022(r) && in.continuous_supply.value_or(false))
    r.steps.push_back({tr(lang,
                          "Pour le contenu ou service numérique fourni en continu avec le bien, nous retenons la même "
                          "présomption (lecture prudente) : au-delà, gardez la preuve du défaut et de sa date.",
                          "For the digital content or service supplied continuously with the item, we keep the same "
                          "presumption (cautious reading): beyond it, keep proof of the defect and of its date."),
                       *article});
  if (!in.defect_appeared) return;
  r.presumed = *in.defect_appeared <= *r.presumption_until;
  r.burden = *r.presumed ? ProofBurden::seller : ProofBurden::consumer;
  r.steps.push_back(presumed_step(in, r, *article, lang));
}

// ---- Remedies --------------------------------------------------------------------------------------

void remedies_from2022(const ConformityInput& in, ConformityResult& r, Lang lang) {
  ConformityRemedies m{{Remedy::repair, Remedy::replacement}, std::nullopt, std::nullopt};
  r.steps.push_back({tr(lang,
                        "Vous choisissez entre la réparation et le remplacement ; le vendeur doit mettre le bien en "
                        "conformité dans les 30 jours suivant votre demande, sans frais et sans inconvénient majeur pour "
                        "vous.",
                        "You choose between repair and replacement; the seller must bring the goods into conformity "
                        "within 30 days of your request, at no cost and without major inconvenience to you."),
                     art::L217_10});
  if (!in.requested) {
    r.steps.push_back({tr(lang,
                          "Faites votre demande par écrit et gardez-en la preuve ; indiquez ensuite sa date pour connaître "
                          "le délai du vendeur.",
                          "Make your request in writing and keep proof of it; then give its date to know the seller's "
                          "deadline."),
                       art::L217_10});
  } else {
    m.seller_deadline = *in.requested + days{30};
    m.reduction_or_cancellation_from = *m.seller_deadline + days{1};
    r.steps.push_back({tr(lang,
                          "Demande faite le " + long_date(*in.requested, lang) + " : le vendeur a jusqu'au " +
                              long_date(*m.seller_deadline, lang) +
                              " (30 jours, le jour de la demande non compté ; date non reportée après un samedi, un "
                              "dimanche ou un jour férié).",
                          "Request made on " + long_date(*in.requested, lang) + ": the seller has until " +
                              long_date(*m.seller_deadline, lang) +
                              " (30 days, the day of the request not counted; the date is not moved past a Saturday, "
                              "Sunday or public holiday)."),
                       art::L217_10});
    const bool now = in.today >= *m.reduction_or_cancellation_from;
    if (now) m.available.insert(m.available.end(), {Remedy::price_reduction, Remedy::cancellation});
    const std::string from = long_date(*m.reduction_or_cancellation_from, lang);
    r.steps.push_back({tr(lang,
                          std::string("Si le bien n'est pas mis en conformité dans ce délai, vous ") +
                              (now ? "pouvez depuis le " : "pourrez à partir du ") + from +
                              " exiger une réduction du prix, ou la résolution du contrat (remboursement contre "
                              "restitution du bien) ; la résolution est exclue si le défaut est mineur.",
                          std::string("If the goods are not brought into conformity within that time, ") +
                              (now ? "since " : "from ") + from +
                              " you may demand a price reduction, or cancellation of the contract (refund against "
                              "return of the goods); cancellation is excluded for a minor defect."),
                       art::L217_14});
  }
  r.steps.push_back({tr(lang,
                        "Sans attendre ce délai : réduction du prix ou résolution aussi si le vendeur refuse la mise en "
                        "conformité, si elle vous cause un inconvénient majeur, si le défaut persiste après sa tentative, "
                        "ou si le défaut est si grave qu'il le justifie d'emblée.",
                        "Without waiting for that deadline: price reduction or cancellation also if the seller refuses "
                        "to bring the goods into conformity, if it causes you major inconvenience, if the defect persists "
                        "after his attempt, or if the defect is so serious that it justifies it at once."),
                     art::D211_2_annex});
  r.remedies = std::move(m);
}

void remedies_before2022(const ConformityInput& in, ConformityResult& r, Lang lang) {
  ConformityRemedies m{{Remedy::repair, Remedy::replacement}, std::nullopt, std::nullopt};
  r.steps.push_back({tr(lang,
                        "Vous choisissez entre la réparation et le remplacement ; le vendeur peut procéder selon l'autre "
                        "modalité si votre choix lui coûte manifestement trop cher au regard de celle-ci.",
                        "You choose between repair and replacement; the seller may use the other one if your choice "
                        "costs him clearly too much compared with it."),
                     art::L217_9_old});
  if (in.requested) {
    m.seller_deadline = same_date_months_later(*in.requested, 1);
    m.reduction_or_cancellation_from = *m.seller_deadline + days{1};
    const bool now = in.today >= *m.reduction_or_cancellation_from;
    if (now) m.available.insert(m.available.end(), {Remedy::price_reduction, Remedy::cancellation});
    r.steps.push_back({tr(lang,
                          "Réclamation du " + long_date(*in.requested, lang) +
                              " : si la solution ne peut être mise en œuvre dans le délai d'un mois (jusqu'au " +
                              long_date(*m.seller_deadline, lang) + "), vous " + (now ? "pouvez depuis le " : "pourrez à partir du ") +
                              long_date(*m.reduction_or_cancellation_from, lang) +
                              " rendre le bien contre le prix, ou le garder contre une partie du prix ; la résolution est "
                              "exclue si le défaut est mineur.",
                          "Claim made on " + long_date(*in.requested, lang) +
                              ": if the remedy cannot be carried out within one month (until " +
                              long_date(*m.seller_deadline, lang) + "), " + (now ? "since " : "from ") +
                              long_date(*m.reduction_or_cancellation_from, lang) +
                              " you may return the goods against the price, or keep them against part of the price; "
                              "cancellation is excluded for a minor defect."),
                       art::L217_10_old});
    add(r.steps, explain_month_end(*in.requested, 1, lang));
  }
  r.remedies = std::move(m);
}

void remedies(const ConformityInput& in, ConformityResult& r, Lang lang) {
  const bool digital_part = r.digital_elements && r.digital_elements->defect_covered.value_or(false);
  if (!r.defect_covered.value_or(false) && !digital_part) return;
  if (in.item == ConformityItem::digital) {
    r.steps.push_back({tr(lang,
                          "Les moyens d'action propres aux contenus et services numériques ne sont pas détaillés ici.",
                          "The remedies specific to digital content and services are not detailed here."),
                       art::L224_25_12});
    return;
  }
  if (from2022(r)) remedies_from2022(in, r, lang);
  else remedies_before2022(in, r, lang);
}

Steps information(Lang lang) {
  Steps out{{tr(lang,
                "Indépendamment, la garantie des vices cachés permet d'agir dans les 2 ans de la découverte d'un défaut "
                "caché antérieur à la vente (question hiddenDefect).",
                "Separately, the guarantee against hidden defects allows action within 2 years of discovering a hidden "
                "defect that existed before the sale (question hiddenDefect)."),
             art::civ_1641}};
  for (auto& s : other_claims_information(lang)) out.push_back(std::move(s));
  return out;
}

}  // namespace

ConformityResult legal_conformity(const ConformityInput& in, Lang lang) {
  ConformityResult r;
  r.missing = missing_facts(in);
  if (!in.contract) {
    r.steps.push_back(contract_needed_step(lang));
    r.information = information(lang);
    return r;
  }
  const RegimeSpan* span = regime_span_for(*in.contract);
  if (!span || (in.item == ConformityItem::digital && span->regime != ConformityRegime::from2022)) {
    r.outcome = ConformityOutcome::not_covered;
    r.missing.clear();
    r.steps.push_back(not_covered_step(in, lang));
    r.information = information(lang);
    return r;
  }
  r.regime = span->regime;
  r.steps.push_back(regime_step(in, *span, lang));
  if (in.item == ConformityItem::goods_with_digital_elements && !from2022(r))
    r.steps.push_back(digital_elements_before2022_step(lang));
  compute_window(in, r, lang);
  coverage(in, r, lang);
  status_steps(in, r, lang);
  presumption(in, r, lang);
  remedies(in, r, lang);
  r.information = information(lang);
  r.outcome = r.missing.empty() ? ConformityOutcome::answered : ConformityOutcome::cannot_tell;
  return r;
}

}  // namespace dc
