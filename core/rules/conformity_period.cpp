// L217-3 (2 years), D211-2 annexe (immobilisation suspends), L217-13 (+6 months; new 2 years).
#include "rules/conformity_period.hpp"
#include "rules/civil_period.hpp"
#include "rules/period.hpp"
#include "text/date_words.hpp"
#include "text/fill.hpp"

namespace dc {
namespace {

using date::sys_days;

struct Walk {
  sys_days end;
  bool extended_by_repair = false;  // the 6 months were already added to this guarantee
};

void add_month_end(Steps& steps, sys_days start, int months, Lang lang) {
  if (auto s = explain_month_end(start, months, lang)) steps.push_back(std::move(*s));
}

Step start_step(sys_days delivered, sys_days end, Lang lang) {
  return {tr_fill(lang,
                  "Le vendeur répond des défauts de conformité qui apparaissent dans les 2 ans suivant la délivrance du "
                  "bien ({}) : jusqu'au {}.",
                  "The seller answers for defects of conformity that appear within 2 years of delivery ({}): until {}.",
                  {long_date(delivered, lang), long_date(end, lang)}),
          art::L217_3};
}

// L'immobilisation « suspend la garantie qui restait à courir jusqu'à la délivrance du bien remis en état ».
void suspend(Walk& w, const Intervention& iv, Steps& steps, Lang lang) {
  const long days = (*iv.returned - iv.immobilised_from).count();
  w.end += date::days{days};
  const bool repair = iv.kind == Intervention::Kind::repair;
  steps.push_back({tr_fill(lang,
                           "Bien immobilisé pour {} du {} au {} : {} jour(s) de suspension (le jour de la remise ne "
                           "compte pas) ; la garantie court désormais jusqu'au {}.",
                           "Goods immobilised for {} from {} to {}: {} day(s) of suspension (the day they were handed "
                           "back is not counted); the guarantee now runs until {}.",
                           {repair ? tr(lang, "sa réparation", "repair") : tr(lang, "son remplacement", "replacement"),
                            long_date(iv.immobilised_from, lang), long_date(*iv.returned, lang), std::to_string(days),
                            long_date(w.end, lang)}),
                   art::D211_2_annex});
}

void extend_after_repair(Walk& w, RepairExtension reading, Steps& steps, Lang lang) {
  if (w.extended_by_repair && reading == RepairExtension::once) {
    steps.push_back({tr(lang,
                        "Nouvelle réparation : nous ne comptons les 6 mois d'extension qu'une fois (lecture prudente : le "
                        "texte ne dit pas si chaque réparation les ajoute de nouveau).",
                        "Another repair: we count the 6-month extension only once (cautious reading: the text does not "
                        "say whether each repair adds it again)."),
                     art::L217_13});
    return;
  }
  const sys_days before = w.end;
  w.end = same_date_months_later(before, 6);
  w.extended_by_repair = true;
  steps.push_back({tr_fill(lang, "Bien réparé dans le cadre de la garantie légale : elle est prolongée de 6 mois, jusqu'au {}.",
                           "Goods repaired under the legal guarantee: it is extended by 6 months, until {}.",
                           {long_date(w.end, lang)}),
                   art::L217_13});
  add_month_end(steps, before, 6, lang);
}

void restart_after_replacement(Walk& w, const Intervention& iv, Steps& steps, Lang lang) {
  w.end = same_date_months_later(*iv.returned, 24);
  w.extended_by_repair = false;  // a new guarantee, attached to the replacement goods
  steps.push_back({tr_fill(lang,
                           "Vous aviez choisi la réparation et le vendeur ne l'a pas faite : le bien de remplacement, "
                           "délivré le {}, a une nouvelle garantie de 2 ans, jusqu'au {}.",
                           "You had chosen repair and the seller did not carry it out: the replacement goods, delivered "
                           "on {}, have a new 2-year guarantee, until {}.",
                           {long_date(*iv.returned, lang), long_date(w.end, lang)}),
                   art::L217_13});
  add_month_end(steps, *iv.returned, 24, lang);
}

Step after_end_step(const Intervention& iv, sys_days end, Lang lang) {
  return {tr_fill(lang, "Immobilisation du {}, après la fin de la garantie ({}) : elle ne la suspend ni ne la prolonge.",
                  "Immobilisation from {}, after the guarantee ended ({}): it neither suspends nor extends it.",
                  {long_date(iv.immobilised_from, lang), long_date(end, lang)}),
          art::D211_2_annex};
}

Step suspended_now_step(const Intervention& iv, long days_left, Lang lang) {
  return {tr_fill(lang,
                  "Bien immobilisé depuis le {} et pas encore rendu : la garantie est suspendue. À la remise du bien, il "
                  "lui restera {} jour(s), plus 6 mois s'il a été réparé.",
                  "Goods immobilised since {} and not handed back yet: the guarantee is suspended. Once they are handed "
                  "back, {} day(s) will remain, plus 6 months if they were repaired.",
                  {long_date(iv.immobilised_from, lang), std::to_string(days_left)}),
          art::D211_2_annex};
}

Step replacement_fact_step(const Intervention& iv, Lang lang) {
  return {tr_fill(lang,
                  "Remplacement du {} : indiquez si vous aviez d'abord choisi la réparation et si le vendeur ne l'a pas "
                  "faite ; une nouvelle garantie de 2 ans en dépend.",
                  "Replacement from {}: say whether you had first chosen repair and the seller did not carry it out; a "
                  "new 2-year guarantee depends on it.",
                  {long_date(iv.immobilised_from, lang)}),
          art::L217_13};
}

Step direct_replacement_step(Lang lang) {
  return {tr(lang,
             "Ce remplacement ne suit pas une réparation restée inexécutée : pas de nouvelle garantie de 2 ans, la "
             "garantie d'origine continue.",
             "This replacement does not follow a repair left undone: no new 2-year guarantee, the original one goes "
             "on."),
          art::L217_13};
}

}  // namespace

GuaranteeWindow goods_window_2022(sys_days delivered, std::span<const Intervention> history, RepairExtension reading,
                                  Lang lang) {
  GuaranteeWindow out;
  Walk w{same_date_months_later(delivered, 24)};
  out.steps.push_back(start_step(delivered, w.end, lang));
  add_month_end(out.steps, delivered, 24, lang);
  for (std::size_t i = 0; i < history.size(); ++i) {
    const Intervention& iv = history[i];
    if (iv.immobilised_from > w.end) {
      out.steps.push_back(after_end_step(iv, w.end, lang));
      continue;
    }
    if (!iv.returned) {
      out.suspended_since = iv.immobilised_from;
      out.days_left_at_suspension = (w.end - iv.immobilised_from).count();
      out.steps.push_back(suspended_now_step(iv, *out.days_left_at_suspension, lang));
      return out;
    }
    if (iv.kind == Intervention::Kind::replacement) {
      if (!iv.after_repair_not_done) {
        out.missing_after_repair_not_done = i;
        out.steps.push_back(replacement_fact_step(iv, lang));
        return out;
      }
      if (*iv.after_repair_not_done) {
        restart_after_replacement(w, iv, out.steps, lang);
        out.restarted_on = iv.returned;
        continue;
      }
      suspend(w, iv, out.steps, lang);
      out.steps.push_back(direct_replacement_step(lang));
      continue;
    }
    suspend(w, iv, out.steps, lang);
    extend_after_repair(w, reading, out.steps, lang);
  }
  out.until = w.end;
  return out;
}

}  // namespace dc
