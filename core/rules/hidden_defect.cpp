// C. civ. 1641 (what a hidden defect is), 1644 (the two actions), 1645 (damages), 1648 (2 years
// from discovery), 2232 (20 years from the sale at the latest).
#include "rules/hidden_defect.hpp"
#include <algorithm>
#include "rules/period.hpp"
#include "text/date_words.hpp"
#include "text/fill.hpp"

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
  r.steps.push_back({tr_fill(lang, "Défaut découvert le {} : l'action doit être intentée dans les 2 ans, jusqu'au {}.",
                             "Defect discovered on {}: the action must be brought within 2 years, until {}.",
                             {long_date(discovered, lang), long_date(*r.two_years_from_discovery, lang)}),
                     art::civ_1648});
  add(r.steps, explain_month_end(discovered, 24, lang));
}

void twenty_years_step(HiddenDefectResult& r, sys_days sale, Lang lang) {
  r.twenty_years_from_sale = same_date_months_later(sale, 240);
  r.steps.push_back({tr_fill(lang,
                             "Vente du {} : quelle que soit la date de découverte, l'action n'est plus possible après 20 "
                             "ans, le {} (Cour de cassation, chambre mixte, 21 juillet 2023).",
                             "Sale on {}: whenever the defect is discovered, no action is possible after 20 years, on {} "
                             "(Cour de cassation, chambre mixte, 21 July 2023).",
                             {long_date(sale, lang), long_date(*r.twenty_years_from_sale, lang)}),
                     art::civ_2232});
  add(r.steps, explain_month_end(sale, 240, lang));
}

const ArticleRef& deadline_article(const HiddenDefectResult& r) { return r.capped ? art::civ_2232 : art::civ_1648; }

void deadline_steps(const HiddenDefectInput& in, HiddenDefectResult& r, Lang lang) {
  if (!r.two_years_from_discovery || !r.twenty_years_from_sale) return;
  r.capped = *r.twenty_years_from_sale < *r.two_years_from_discovery;
  r.deadline = std::min(*r.two_years_from_discovery, *r.twenty_years_from_sale);
  r.steps.push_back({tr_fill(lang,
                             r.capped ? "Les 20 ans depuis la vente arrivent d'abord : dernier jour pour agir, le {}."
                                      : "Dernier jour pour agir : le {}.",
                             r.capped ? "The 20 years from the sale come first: last day to act, {}."
                                      : "Last day to act: {}.",
                             {long_date(*r.deadline, lang)}),
                     deadline_article(r)});
  r.steps.push_back(explain_no_roll(*r.deadline, deadline_article(r), in.territory, lang));
}

void status_step(const HiddenDefectInput& in, HiddenDefectResult& r, Lang lang) {
  r.from_today = term_from_today(r.deadline, in.today);
  if (r.from_today.status == TermStatus::open)
    r.steps.push_back({tr_fill(lang, "Aujourd'hui ({}), il reste {} jour(s) pour agir.", "Today ({}), {} day(s) remain to act.",
                               {long_date(in.today, lang), std::to_string(*r.from_today.days_left)}),
                       deadline_article(r)});
  else if (r.from_today.status == TermStatus::closed)
    r.steps.push_back({tr_fill(lang, "Aujourd'hui ({}), le délai pour agir est expiré.",
                               "Today ({}), the time to act has run out.", {long_date(in.today, lang)}),
                       deadline_article(r)});
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
  r.steps.push_back({*in.seller_knew ? tr(lang, "Le vendeur connaissait le vice : il vous doit en outre des dommages et intérêts.",
                                          "The seller knew of the defect: he also owes you damages.")
                                     : tr(lang,
                                          "Si le vendeur connaissait le vice, il vous devrait en outre des dommages et "
                                          "intérêts ; d'après vos réponses, ce n'est pas établi.",
                                          "If the seller knew of the defect, he would also owe you damages; from your "
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
  r.information.push_back({tr(lang,
                              "Pour un bien acheté à un professionnel, la garantie légale de conformité peut aussi "
                              "s'appliquer (question conformity).",
                              "For goods bought from a professional, the legal guarantee of conformity may also apply "
                              "(question conformity)."),
                           art::L217_3});
  for (auto& s : other_claims_information(lang)) r.information.push_back(std::move(s));
  return r;
}

}  // namespace dc
