// The civil-law way of counting the guarantees' periods, and how their ends are explained.
#include "rules/civil_period.hpp"
#include "rules/period.hpp"
#include "text/date_words.hpp"
#include "text/fill.hpp"

namespace dc {
namespace {

using date::sys_days;

bool is_weekend(sys_days d) {
  const date::weekday wd{d};
  return wd == date::Saturday || wd == date::Sunday;
}

}  // namespace

// Without a territory only weekends are known to be closed.
sys_days end_if_moved(sys_days last_day, std::optional<Territory> territory) {
  if (territory) return roll_past_closed_days(last_day, *territory).latest;
  sys_days d = last_day;
  while (is_weekend(d)) d += date::days{1};
  return d;
}

TermFromToday term_from_today(std::optional<sys_days> last_day, sys_days today) {
  if (!last_day) return {TermStatus::cannot_tell, std::nullopt};
  if (today <= *last_day) return {TermStatus::open, (*last_day - today).count()};
  return {TermStatus::closed, std::nullopt};
}

std::optional<Step> explain_month_end(sys_days start, int months, Lang lang) {
  const sys_days end = same_date_months_later(start, months);
  const date::year_month_day from{start}, to{end};
  if (from.day() == to.day()) return std::nullopt;
  return Step{tr_fill(lang,
                      "{} + {} mois : le mois d'arrivée n'a pas de {} ; le délai finit le dernier jour de ce mois, le {}.",
                      "{} + {} months: the month it lands in has no day {}; the period ends on that month's last day, {}.",
                      {long_date(start, lang), std::to_string(months), std::to_string(static_cast<unsigned>(from.day())),
                       long_date(end, lang)}),
              art::cpc_641};
}

Step explain_no_roll(sys_days last_day, const ArticleRef& article, std::optional<Territory> territory, Lang lang) {
  std::string text = tr(lang,
                        "Date non reportée : les textes ne prévoient pas, pour ce délai, de report au jour ouvrable "
                        "suivant un samedi, un dimanche ou un jour férié ; nous retenons la date la plus proche, qui ne "
                        "vous fait jamais perdre votre droit.",
                        "Date not moved: for this period the texts do not move an end falling on a Saturday, Sunday or "
                        "public holiday to the next working day; we keep the earlier date, which never costs you your "
                        "right.");
  const sys_days moved = end_if_moved(last_day, territory);
  if (moved != last_day)
    text += tr_fill(lang, " Le {} étant chômé, un report le porterait au {} : n'attendez pas ce jour-là.",
                    " As {} is a day off, a move would give {}: do not wait for that day.",
                    {long_date(last_day, lang), long_date(moved, lang)});
  else if (!territory)
    text += tr(lang, " (Sans territoire indiqué, les jours fériés n'ont pas été vérifiés.)",
               " (No territory given: public holidays were not checked.)");
  return {text, article};
}

Steps other_claims_information(Lang lang) {
  return {
      {tr(lang,
          "Vos autres demandes contre un professionnel se prescrivent par 5 ans à compter du jour où vous avez connu les "
          "faits qui vous permettent d'agir.",
          "Your other claims against a professional expire 5 years after the day you knew the facts that allow you to "
          "act."),
       art::civ_2224},
      {tr(lang,
          "À l'inverse, l'action d'un professionnel contre vous pour les biens ou services qu'il vous a fournis (un prix "
          "impayé, par exemple) se prescrit par 2 ans.",
          "Conversely, a professional's claim against you for the goods or services he supplied (an unpaid price, for "
          "example) expires after 2 years."),
       art::L218_2},
  };
}

}  // namespace dc
