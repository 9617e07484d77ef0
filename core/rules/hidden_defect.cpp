// C. civ. 1641 (what a hidden defect is), 1644 (the two actions), 1645 (damages), 1648 (2 years
// from discovery), 2232 (20 years from the sale at the latest).
#include "rules/hidden_defect.hpp"
#include <algorithm>
#include "rules/period.hpp"
#include "text/date_words.hpp"

namespace dc {
namespace {

using date::sys_days;

void add(Steps& steps, std::optional<Step> s) {
  if (s) steps.push_back(std::move(*s));
}

Step what_it_is_step(Lang lang) {
  return {tr(lang,
             "Vice caché : un défaut qui existait avant la vente, que vous ne pouviez pas voir en achetant, et qui rend le "
             "bien impropre à son usage ou le diminue tant que vous ne l'auriez pas acheté, ou à un moindre prix. C'est à "
             "vous de le prouver.",
             "Hidden defect: a defect that existed before the sale, that you could not see when buying, and that makes "
             "the thing unfit for its use or impairs it so much that you would not have bought it, or only for less. You "
             "must prove it."),
          art::civ_1641};
}

void two_years_step(HiddenDefectResult& r, sys_days discovered, Lang lang) {
  r.two_years_from_discovery = same_date_months_later(discovered, 24);
  r.steps.push_back({tr(lang,
                        "Défaut découvert le " + long_date(discovered, lang) +
                            " : l'action doit être intentée dans les 2 ans, jusqu'au " +
                            long_date(*r.two_years_from_discovery, lang) + ".",
                        "Defect discovered on " + long_date(discovered, lang) +
                            ": the action must be brought within 2 years, until " +
                            long_date(*r.two_years_from_discovery, lang) + "."),
                     art::civ_1648});
  add(r.steps, explain_month_end(discovered, 24, lang));
}

void twenty_years_step(HiddenDefectResult& r, sys_days sale, Lang lang) {
  r.twenty_years_from_sale = same_date_months_later(sale, 240);
  r.steps.push_back({tr(lang,
                        "Vente du " + long_date(sale, lang) + " : quelle que soit la date de découverte, l'action n'est "
                        "plus possible après 20 ans, le " + long_date(*r.twenty_years_from_sale, lang) +
                            " (Cour de cassation, chambre mixte, 21 juillet 2023).",
                        "Sale on " + long_date(sale, lang) + ": whenever the defect is discovered, no action is possible "
                        "after 20 years, on " + long_date(*r.twenty_years_from_sale, lang) +
                            " (Cour de cassation, chambre mixte, 21 July 2023)."),
                     art::civ_2232});
  add(r.steps, explain_month_end(sale, 240, lang));
}

void deadline_steps(const HiddenDefectInput& in, HiddenDefectResult& r, Lang lang) {
  if (!r.two_years_from_discovery || !r.twenty_years_from_sale) return;
  r.capped = *r.twenty_years_from_sale < *r.two_years_from_discovery;
  r.deadline = std::min(*r.two_years_from_discovery, *r.twenty_years_from_sale);
  const std::string last = long_date(*r.deadline, lang);
  if (r.capped)
    r.steps.push_back({tr(lang, "Les 20 ans depuis la vente arrivent d'abord : dernier jour pour agir, le " + last + ".",
                          "The 20 years from the sale come first: last day to act, " + last + "."),
                       art::civ_2232});
  else
    r.steps.push_back({tr(lang, "Dernier jour pour agir : le " + last + ".", "Last day to act: " + last + "."),
                       art::civ_1648});
  r.steps.push_back(explain_no_roll(*r.deadline, r.capped ? art::civ_2232 : art::civ_1648, in.territory, lang));
}

void status_step(const HiddenDefectInput& in, HiddenDefectResult& r, Lang lang) {
  r.from_today = term_from_today(r.deadline, in.today);
  const std::string today = long_date(in.today, lang);
  if (r.from_today.status == TermStatus::open) {
    const std::string n = std::to_string(*r.from_today.days_left);
    r.steps.push_back({tr(lang, "Aujourd'hui (" + today + "), il reste " + n + " jour(s) pour agir.",
                          "Today (" + today + "), " + n + " day(s) remain to act."),
                       r.capped ? art::civ_2232 : art::civ_1648});
  } else if (r.from_today.status == TermStatus::closed) {
    r.steps.push_back({tr(lang, "Aujourd'hui (" + today + "), le délai pour agir est expiré.",
                          "Today (" + today + "), the time to act has run out."),
                       r.capped ? art::civ_2232 : art::civ_1648});
  }
}

void actions_steps(const HiddenDefectInput& in, HiddenDefectResult& r, Lang lang) {
  r.steps.push_back({tr(lang,
                        "Vous choisissez : rendre le bien et vous faire restituer le prix (action rédhibitoire), ou le "
                        "garder et vous faire rendre une partie du prix (action estimatoire).",
                        "You choose: return the thing and get the price back (action rédhibitoire), or keep it and get "
                        "part of the price back (action estimatoire)."),
                     art::civ_1644});
  if (!in.seller_knew) return;
  r.damages = *in.seller_knew;
  r.steps.push_back({tr(lang,
                        *in.seller_knew ? "Le vendeur connaissait le vice : il vous doit en outre des dommages et intérêts."
                                        : "Si le vendeur connaissait le vice, il vous devrait en outre des dommages et "
                                          "intérêts ; d'après vos réponses, ce n'est pas établi.",
                        *in.seller_knew ? "The seller knew of the defect: he also owes you damages."
                                        : "If the seller knew of the defect, he would also owe you damages; from your "
                                          "answers, that is not established."),
                     art::civ_1645});
}

std::vector<HiddenDefectFact> missing_facts(const HiddenDefectInput& in) {
  std::vector<HiddenDefectFact> out;
  if (!in.sale) out.push_back(HiddenDefectFact::sale);
  if (!in.discovered) out.push_back(HiddenDefectFact::discovered);
  if (!in.seller_knew) out.push_back(HiddenDefectFact::seller_knew);
  return out;
}

}  // namespace

HiddenDefectResult hidden_defect(const HiddenDefectInput& in, Lang lang) {
  HiddenDefectResult r;
  r.missing = missing_facts(in);
  r.steps.push_back(what_it_is_step(lang));
  if (in.discovered) two_years_step(r, *in.discovered, lang);
  if (in.sale) twenty_years_step(r, *in.sale, lang);
  deadline_steps(in, r, lang);
  status_step(in, r, lang);
  actions_steps(in, r, lang);
  r.information = other_claims_information(lang);
  r.information.insert(r.information.begin(),
                       {tr(lang,
                           "Pour un bien acheté à un professionnel, la garantie légale de conformité peut aussi "
                           "s'appliquer (question conformity).",
                           "For goods bought from a professional, the legal guarantee of conformity may also apply "
                           "(question conformity)."),
                        art::L217_3});
  return r;
}

}  // namespace dc
