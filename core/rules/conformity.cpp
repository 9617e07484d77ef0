// The legal guarantee of conformity, assembled (rules.md section 10): L217-3, L217-7, L217-10,
// L217-13, L217-14 (contracts from 2022); L217-7, L217-9, L217-10, L217-12 in their earlier wording
// (contracts before); L224-25-12 and L224-25-16 (digital content and services).
#include "rules/conformity.hpp"
#include <algorithm>
#include "rules/period.hpp"
#include "text/date_words.hpp"
#include "text/fill.hpp"

namespace dc {
namespace {

using date::days;
using date::sys_days;

bool from2022(const ConformityResult& r) { return r.regime == ConformityRegime::from2022; }
bool is_digital(const ConformityInput& in) { return in.item == ConformityItem::digital; }

// A step is added once: the same month-end explanation can serve the window and the presumption.
void add(Steps& steps, std::optional<Step> s) {
  if (!s) return;
  for (const auto& existing : steps)
    if (existing.text == s->text) return;
  steps.push_back(std::move(*s));
}

std::vector<MissingFact> missing_facts(const ConformityInput& in) {
  std::vector<MissingFact> out;
  if (!in.contract) out.push_back({ConformityFact::contract});
  if (!in.delivered) out.push_back({ConformityFact::delivered});
  if (!is_digital(in) && !in.condition) out.push_back({ConformityFact::condition});
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
    return {tr_fill(lang,
                    "Contrat conclu le {} : la garantie légale de conformité ne vaut que pour les contrats conclus après "
                    "le 19 février 2005 ; DroitConso ne couvre pas ce cas. La garantie des vices cachés (C. civ. 1641) "
                    "peut s'appliquer.",
                    "Contract concluded on {}: the legal guarantee of conformity only applies to contracts concluded "
                    "after 19 February 2005; DroitConso does not cover this case. The guarantee against hidden defects "
                    "(C. civ. 1641) may apply.",
                    {day}),
            art::ord_2005_136};
  return {tr_fill(lang,
                  "Contenu ou service numérique, contrat conclu le {} : DroitConso ne couvre la garantie propre aux "
                  "contenus et services numériques que pour les contrats conclus à partir du 1er janvier 2022.",
                  "Digital content or service, contract concluded on {}: DroitConso covers the guarantee for digital "
                  "content and services only for contracts concluded from 1 January 2022.",
                  {day}),
          art::L224_25_12};
}

Step regime_step(const ConformityInput& in, const RegimeSpan& span, Lang lang) {
  const std::string day = long_date(*in.contract, lang);
  if (span.regime == ConformityRegime::before2022)
    return {tr_fill(lang,
                    "Contrat conclu le {}, avant le 1er janvier 2022 : la garantie légale de conformité s'applique dans sa "
                    "rédaction antérieure à l'ordonnance 2021-1247.",
                    "Contract concluded on {}, before 1 January 2022: the legal guarantee of conformity applies in its "
                    "wording before ordonnance 2021-1247.",
                    {day}),
            art::L217_12_old};
  return {tr_fill(lang,
                  "Contrat conclu le {}, à partir du 1er janvier 2022 : la garantie légale de conformité issue de "
                  "l'ordonnance 2021-1247 s'applique.",
                  "Contract concluded on {}, from 1 January 2022: the legal guarantee of conformity as reformed by "
                  "ordonnance 2021-1247 applies.",
                  {day}),
          is_digital(in) ? art::L224_25_12 : art::L217_3};
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
  if (is_digital(in)) return art::L224_25_12;
  return from2022(r) ? art::L217_3 : art::L217_12_old;
}

void digital_window(const ConformityInput& in, ConformityResult& r, Lang lang) {
  if (!in.continuous_supply || (*in.continuous_supply && !in.supply_end)) return;
  const bool continuous = *in.continuous_supply;
  r.until = continuous ? *in.supply_end : same_date_months_later(*in.delivered, 24);
  r.steps.push_back({tr_fill(lang,
                             continuous ? "Contenu ou service numérique fourni de manière continue depuis le {} : le "
                                          "professionnel répond des défauts qui apparaissent pendant toute la période de "
                                          "fourniture, jusqu'au {}."
                                        : "Contenu ou service numérique fourni le {} : le professionnel répond des "
                                          "défauts qui apparaissent dans les 2 ans, jusqu'au {}.",
                             continuous ? "Digital content or service supplied continuously since {}: the trader answers "
                                          "for defects that appear during the whole supply period, until {}."
                                        : "Digital content or service supplied on {}: the trader answers for defects "
                                          "that appear within 2 years, until {}.",
                             {long_date(*in.delivered, lang), long_date(*r.until, lang)}),
                     art::L224_25_12});
  if (!continuous) add(r.steps, explain_month_end(*in.delivered, 24, lang));
}

void goods_window_before2022(const ConformityInput& in, ConformityResult& r, Lang lang) {
  r.until = same_date_months_later(*in.delivered, 24);
  r.steps.push_back({tr_fill(lang, "Vous avez 2 ans à compter de la délivrance du bien ({}) pour agir : jusqu'au {}.",
                             "You have 2 years from delivery of the goods ({}) to act: until {}.",
                             {long_date(*in.delivered, lang), long_date(*r.until, lang)}),
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
    r.steps.push_back({tr_fill(lang,
                               "Si chaque réparation ajoutait 6 mois, la garantie courrait jusqu'au {} ; nous retenons la "
                               "date la plus proche.",
                               "If each repair added 6 months, the guarantee would run until {}; we keep the earlier date.",
                               {long_date(*each.until, lang)}),
                       art::L217_13});
  }
}

// L217-3: goods with digital elements supplied continuously for more than 2 years: the whole supply period.
void digital_elements_window(const ConformityInput& in, ConformityResult& r, Lang lang) {
  if (in.item != ConformityItem::goods_with_digital_elements || !from2022(r)) return;
  if (!in.continuous_supply.value_or(false) || !in.supply_end) return;
  const std::string end = long_date(*in.supply_end, lang);
  if (*in.supply_end <= same_date_months_later(*in.delivered, 24)) {
    r.steps.push_back({tr_fill(lang,
                               "Le contenu ou service numérique du bien est fourni jusqu'au {}, pas plus de 2 ans : la "
                               "garantie de 2 ans le couvre.",
                               "The item's digital content or service is supplied until {}, not more than 2 years: the "
                               "2-year guarantee covers it.",
                               {end}),
                       art::L217_3});
    return;
  }
  const sys_days until = r.until ? std::max(*r.until, *in.supply_end) : *in.supply_end;
  r.digital_elements = DigitalElementsWindow{until, term_from_today(until, in.today), std::nullopt};
  r.steps.push_back({tr_fill(lang,
                             "Le contenu ou service numérique du bien est fourni de manière continue jusqu'au {}, plus de "
                             "2 ans : pour ses défauts, le vendeur répond pendant toute la période de fourniture, jusqu'au "
                             "{}.",
                             "The item's digital content or service is supplied continuously until {}, more than 2 "
                             "years: for its defects, the seller answers during the whole supply period, until {}.",
                             {end, long_date(until, lang)}),
                     art::L217_3});
}

void compute_window(const ConformityInput& in, ConformityResult& r, Lang lang) {
  if (!in.delivered) return;
  if (is_digital(in)) digital_window(in, r, lang);
  else if (from2022(r)) goods_window_from2022(in, r, lang);
  else goods_window_before2022(in, r, lang);
  digital_elements_window(in, r, lang);
  if (r.until) r.steps.push_back(explain_no_roll(*r.until, window_article(in, r), in.territory, lang));
}

// ---- Where today stands -------------------------------------------------------------------------

Step open_step(const ConformityInput& in, const ConformityResult& r, Lang lang) {
  const std::string today = long_date(in.today, lang), until = long_date(*r.until, lang);
  const std::string n = std::to_string(*r.from_today.days_left);
  if (!from2022(r))
    return {tr_fill(lang, "Aujourd'hui ({}), il reste {} jour(s) pour agir contre le vendeur, au besoin en justice, jusqu'au {}.",
                    "Today ({}), {} day(s) remain to act against the seller, in court if need be, until {}.",
                    {today, n, until}),
            window_article(in, r)};
  std::string text = tr_fill(lang, "Aujourd'hui ({}), il reste {} jour(s) jusqu'au {}.",
                             "Today ({}), {} day(s) remain until {}.", {today, n, until});
  if (!in.requested)
    text += tr_fill(lang, " Faites votre demande au {} avant cette date, par écrit, et gardez-en la preuve.",
                    " Make your request to the {} before that date, in writing, and keep proof of it.",
                    {is_digital(in) ? tr(lang, "professionnel", "trader") : tr(lang, "vendeur", "seller")});
  return {text, window_article(in, r)};
}

Step request_reading_step(Lang lang) {
  return {tr(lang,
             "Lecture prudente : le code dit que le vendeur répond des défauts apparus dans ce délai ; l'information "
             "légale type le présente comme le délai pour obtenir la mise en œuvre de la garantie. Agir avant la fin "
             "vaut dans les deux lectures.",
             "Cautious reading: the code says the seller answers for defects that appear within this period; the "
             "standard legal information presents it as the period to obtain the guarantee. Acting before the end is "
             "safe under both readings."),
          art::D211_2_annex};
}

Step closed_step(const ConformityInput& in, const ConformityResult& r, Lang lang) {
  const bool still = from2022(r) && r.defect_covered.value_or(false);
  return {tr_fill(lang,
                  still ? "Aujourd'hui ({}), la date du {} est passée. Votre défaut étant apparu avant cette date, le "
                          "vendeur en répond encore selon le code : faites votre demande sans attendre si ce n'est déjà "
                          "fait."
                        : "Aujourd'hui ({}), la date du {} est passée.",
                  still ? "Today ({}), {} has passed. Since your defect appeared before that date, the seller still "
                          "answers for it under the code: make your request at once if you have not done so."
                        : "Today ({}), {} has passed.",
                  {long_date(in.today, lang), long_date(*r.until, lang)}),
          window_article(in, r)};
}

void status_steps(const ConformityInput& in, ConformityResult& r, Lang lang) {
  if (r.suspended_since) {
    r.from_today = {TermStatus::suspended, std::nullopt};
    return;
  }
  r.from_today = term_from_today(r.until, in.today);
  if (r.from_today.status == TermStatus::open) {
    r.steps.push_back(open_step(in, r, lang));
    if (from2022(r) && !is_digital(in)) r.steps.push_back(request_reading_step(lang));
  } else if (r.from_today.status == TermStatus::closed) {
    r.steps.push_back(closed_step(in, r, lang));
  }
}

// ---- Is the defect covered, and presumed -----------------------------------------------------------

void coverage(const ConformityInput& in, ConformityResult& r, Lang lang) {
  if (!in.defect_appeared) return;
  if (r.suspended_since) {
    r.defect_covered = true;  // the end will come after the goods are handed back, so after today
  } else if (r.until) {
    r.defect_covered = *in.defect_appeared <= *r.until;
    r.steps.push_back({tr_fill(lang,
                               *r.defect_covered ? "Le défaut est apparu le {}, dans ce délai : la garantie le couvre."
                                                 : "Le défaut est apparu le {}, après la fin du délai ({}) : la garantie "
                                                   "légale de conformité ne le couvre pas.",
                               *r.defect_covered ? "The defect appeared on {}, within this period: the guarantee covers it."
                                                 : "The defect appeared on {}, after the period ended ({}): the legal "
                                                   "guarantee of conformity does not cover it.",
                               {long_date(*in.defect_appeared, lang), long_date(*r.until, lang)}),
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

std::string_view old_new_goods_note(const ConformityInput& in, Lang lang) {
  const bool hamon = *in.contract >= sys_days{date::year{2016} / 3 / 18};
  if (lang == Lang::en)
    return hamon ? " (new goods bought from 18 March 2016, law 2014-344: 24 months)"
                 : " (new goods bought before 18 March 2016: 6 months)";
  return hamon ? " (bien neuf acheté à partir du 18 mars 2016, loi 2014-344 : 24 mois)"
               : " (bien neuf acheté avant le 18 mars 2016 : 6 mois)";
}

Step presumption_rule_step(const ConformityInput& in, const ConformityResult& r, const ArticleRef& article, Lang lang) {
  const std::string until = long_date(*r.presumption_until, lang);
  if (!r.presumption_months)
    return {tr_fill(lang,
                    "Fourniture continue : pendant toute la période de fourniture (jusqu'au {}), c'est au professionnel "
                    "de prouver que le contenu ou service était conforme.",
                    "Continuous supply: during the whole supply period (until {}), the trader must prove that the "
                    "content or service was in conformity.",
                    {until}),
            article};
  std::string note;
  if (r.regime == ConformityRegime::before2022 && in.condition == GoodsCondition::new_goods)
    note = old_new_goods_note(in, lang);
  else if (in.condition == GoodsCondition::second_hand && !is_digital(in))
    note = tr_fill(lang, " (bien d'occasion : {} mois)", " (second-hand goods: {} months)",
                   {std::to_string(*r.presumption_months)});
  return {tr_fill(lang,
                  "Les défauts qui apparaissent dans les {} mois suivant la {} (jusqu'au {} inclus) sont présumés exister "
                  "dès ce jour-là, sauf preuve contraire{}.",
                  "Defects that appear within {} months of {} (until {} included) are presumed to have existed on that "
                  "day, unless proven otherwise{}.",
                  {std::to_string(*r.presumption_months),
                   is_digital(in) ? tr(lang, "fourniture", "supply") : tr(lang, "délivrance", "delivery"), until, note}),
          article};
}

// "Day N": the defect appeared N days after delivery (delivery is day 0).
Step presumed_step(const ConformityInput& in, const ConformityResult& r, const ArticleRef& article, Lang lang) {
  const bool digital = is_digital(in);
  const std::string when =
      tr_fill(lang, "{} ({} jour(s) après la {})", "{} ({} day(s) after {})",
              {long_date(*in.defect_appeared, lang), std::to_string((*in.defect_appeared - *in.delivered).count()),
               digital ? tr(lang, "fourniture", "supply") : tr(lang, "délivrance", "delivery")});
  const std::string at = digital ? tr(lang, "à la fourniture", "supply") : tr(lang, "à la délivrance", "delivery");
  if (*r.presumed && !r.presumption_months)
    return {tr_fill(lang,
                    "Votre défaut est apparu le {}, pendant la fourniture : c'est au professionnel de prouver que le "
                    "contenu ou service était conforme.",
                    "Your defect appeared on {}, during the supply: the trader must prove that the content or service "
                    "was in conformity.",
                    {when}),
            article};
  if (*r.presumed)
    return {tr_fill(lang,
                    "Votre défaut est apparu le {} : il est présumé. Vous n'avez à prouver que le défaut lui-même ; c'est "
                    "au {} de prouver qu'il n'existait pas {}.",
                    "Your defect appeared on {}: it is presumed. You only have to show the defect itself; the {} must "
                    "prove it did not exist at {}.",
                    {when, digital ? tr(lang, "professionnel", "trader") : tr(lang, "vendeur", "seller"), at}),
            article};
  return {tr_fill(lang,
                  "Votre défaut est apparu le {}, après cette période : c'est à vous de prouver qu'il existait déjà {} "
                  "(expertise, rapport de réparateur, échanges avec le vendeur).",
                  "Your defect appeared on {}, after this period: you must prove it already existed at {} (expert "
                  "report, repairer's report, exchanges with the seller).",
                  {when, at}),
          article};
}

// The presumption is counted from the original delivery (the cautious reading); after a replacement
// that started a new guarantee, restarting it too would give a later date, shown here.
void presumption_reading_steps(const ConformityInput& in, ConformityResult& r, Lang lang) {
  if (in.history.empty() || !from2022(r) || !r.presumption_months) return;
  std::string text = tr(lang,
                        "La présomption se compte depuis la délivrance d'origine, sans les suspensions ni extensions "
                        "(lecture prudente : les textes ne disent pas qu'elles la prolongent).",
                        "The presumption is counted from the original delivery, without suspensions or extensions "
                        "(cautious reading: the texts do not say they lengthen it).");
  if (r.new_guarantee_from)
    text += tr_fill(lang, " Si elle repartait avec la nouvelle garantie du bien de remplacement, elle courrait jusqu'au {}.",
                    " If it restarted with the replacement's new guarantee, it would run until {}.",
                    {long_date(same_date_months_later(*r.new_guarantee_from, *r.presumption_months), lang)});
  r.steps.push_back({text, art::L217_7});
}

Step digital_elements_presumption_step(const ArticleRef& article, Lang lang) {
  return {tr(lang,
             "Pour le contenu ou service numérique fourni en continu avec le bien, nous retenons la même présomption "
             "(lecture prudente) : au-delà, gardez la preuve du défaut et de sa date.",
             "For the digital content or service supplied continuously with the item, we keep the same presumption "
             "(cautious reading): beyond it, keep proof of the defect and of its date."),
          article};
}

// Which presumption applies, and its article; false when a fact it needs is missing.
bool presumption_period(const ConformityInput& in, ConformityResult& r, const ArticleRef*& article) {
  if (is_digital(in)) {
    if (!in.continuous_supply || (*in.continuous_supply && !in.supply_end)) return false;
    article = &art::L224_25_16;
    if (*in.continuous_supply) {
      r.presumption_until = *in.supply_end;
      return true;
    }
    r.presumption_months = 12;
  } else {
    if (!in.condition) return false;
    const RegimeSpan& span = *regime_span_for(*in.contract);
    article = &span.presumption_article;
    r.presumption_months = presumption_months(span, *in.condition);
  }
  r.presumption_until = same_date_months_later(*in.delivered, *r.presumption_months);
  return true;
}

void presumption(const ConformityInput& in, ConformityResult& r, Lang lang) {
  const ArticleRef* article = nullptr;
  if (!in.delivered || !presumption_period(in, r, article)) return;
  r.steps.push_back(presumption_rule_step(in, r, *article, lang));
  if (r.presumption_months) add(r.steps, explain_month_end(*in.delivered, *r.presumption_months, lang));
  presumption_reading_steps(in, r, lang);
  if (in.item == ConformityItem::goods_with_digital_elements && from2022(r) && in.continuous_supply.value_or(false))
    r.steps.push_back(digital_elements_presumption_step(*article, lang));
  if (!in.defect_appeared) return;
  r.presumed = *in.defect_appeared <= *r.presumption_until;
  r.burden = *r.presumed ? ProofBurden::seller : ProofBurden::consumer;
  r.steps.push_back(presumed_step(in, r, *article, lang));
}

// ---- Remedies --------------------------------------------------------------------------------------

// The seller's deadline is not moved either; when it falls on a closed day, the day a cautious
// consumer waits for before demanding a reduction or cancellation.
void seller_deadline_moved_step(const ConformityInput& in, const ConformityRemedies& m, const ArticleRef& article,
                                Steps& steps, Lang lang) {
  const sys_days moved = end_if_moved(*m.seller_deadline, in.territory);
  if (moved == *m.seller_deadline) return;
  steps.push_back({tr_fill(lang,
                           "Le {} étant chômé, le vendeur pourrait soutenir que son délai court jusqu'au {} : pour ne "
                           "prendre aucun risque, attendez le {} pour exiger une réduction du prix ou la résolution.",
                           "As {} is a day off, the seller could argue that his time runs until {}: to take no risk, wait "
                           "until {} before demanding a price reduction or cancellation.",
                           {long_date(*m.seller_deadline, lang), long_date(moved, lang),
                            long_date(moved + days{1}, lang)}),
                   article});
}

Step reduction_step(const ConformityRemedies& m, bool now, Lang lang) {
  return {tr_fill(lang,
                  "Si le bien n'est pas mis en conformité dans ce délai, vous {} {} exiger une réduction du prix, ou la "
                  "résolution du contrat (remboursement contre restitution du bien) ; la résolution est exclue si le "
                  "défaut est mineur.",
                  "If the goods are not brought into conformity within that time, {} {} you may demand a price "
                  "reduction, or cancellation of the contract (refund against return of the goods); cancellation is "
                  "excluded for a minor defect.",
                  {now ? tr(lang, "pouvez depuis le", "since") : tr(lang, "pourrez à partir du", "from"),
                   long_date(*m.reduction_or_cancellation_from, lang)}),
          art::L217_14};
}

Step immediate_reduction_step(Lang lang) {
  return {tr(lang,
             "Sans attendre ce délai : réduction du prix ou résolution aussi si le vendeur refuse la mise en conformité, "
             "si elle vous cause un inconvénient majeur, si le défaut persiste après sa tentative, ou si le défaut est si "
             "grave qu'il le justifie d'emblée.",
             "Without waiting for that deadline: price reduction or cancellation also if the seller refuses to bring the "
             "goods into conformity, if it causes you major inconvenience, if the defect persists after his attempt, or "
             "if the defect is so serious that it justifies it at once."),
          art::D211_2_annex};
}

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
    r.steps.push_back({tr_fill(lang,
                               "Demande faite le {} : le vendeur a jusqu'au {} (30 jours, le jour de la demande non "
                               "compté ; date non reportée après un samedi, un dimanche ou un jour férié).",
                               "Request made on {}: the seller has until {} (30 days, the day of the request not counted; "
                               "the date is not moved past a Saturday, Sunday or public holiday).",
                               {long_date(*in.requested, lang), long_date(*m.seller_deadline, lang)}),
                       art::L217_10});
    seller_deadline_moved_step(in, m, art::L217_10, r.steps, lang);
    const bool now = in.today >= *m.reduction_or_cancellation_from;
    if (now) m.available.insert(m.available.end(), {Remedy::price_reduction, Remedy::cancellation});
    r.steps.push_back(reduction_step(m, now, lang));
  }
  r.steps.push_back(immediate_reduction_step(lang));
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
    r.steps.push_back({tr_fill(lang,
                               "Réclamation du {} : si la solution ne peut être mise en œuvre dans le délai d'un mois "
                               "(jusqu'au {}), vous {} {} rendre le bien contre le prix, ou le garder contre une partie "
                               "du prix ; la résolution est exclue si le défaut est mineur.",
                               "Claim made on {}: if the remedy cannot be carried out within one month (until {}), {} {} "
                               "you may return the goods against the price, or keep them against part of the price; "
                               "cancellation is excluded for a minor defect.",
                               {long_date(*in.requested, lang), long_date(*m.seller_deadline, lang),
                                now ? tr(lang, "pouvez depuis le", "since") : tr(lang, "pourrez à partir du", "from"),
                                long_date(*m.reduction_or_cancellation_from, lang)}),
                       art::L217_10_old});
    add(r.steps, explain_month_end(*in.requested, 1, lang));
    seller_deadline_moved_step(in, m, art::L217_10_old, r.steps, lang);
  }
  r.remedies = std::move(m);
}

void remedies(const ConformityInput& in, ConformityResult& r, Lang lang) {
  const bool digital_part = r.digital_elements && r.digital_elements->defect_covered.value_or(false);
  if (!r.defect_covered.value_or(false) && !digital_part) return;
  if (is_digital(in)) {
    r.steps.push_back({tr(lang, "Les moyens d'action propres aux contenus et services numériques ne sont pas détaillés ici.",
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
  r.information = information(lang);
  if (!in.contract) {
    r.steps.push_back(contract_needed_step(lang));
    return r;
  }
  const RegimeSpan* span = regime_span_for(*in.contract);
  if (!span || (is_digital(in) && span->regime != ConformityRegime::from2022)) {
    r.outcome = ConformityOutcome::not_covered;
    r.missing.clear();
    r.steps.push_back(not_covered_step(in, lang));
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
  r.outcome = r.missing.empty() ? ConformityOutcome::answered : ConformityOutcome::cannot_tell;
  return r;
}

}  // namespace dc
