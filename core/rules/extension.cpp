// L221-20: 12 months more without the withdrawal information; 14 days from its late receipt.
#include "rules/extension.hpp"
#include <algorithm>
#include <string>
#include "text/date_words.hpp"

namespace dc {
namespace {

using date::sys_days;

// 12 months from the safe initial end; when an uncertain holiday may push the initial end, the
// latest date is also carried 12 months on.
PeriodEnd twelve_months_after(const PeriodEnd& initial, Territory t) {
  PeriodEnd end = months_after(initial.safe, 12, t);
  if (initial.latest != initial.safe) end.latest = std::max(end.latest, months_after(initial.latest, 12, t).latest);
  return end;
}

Steps explain_twelve_months(const PeriodEnd& initial, const PeriodEnd& twelve, std::optional<sys_days> unrolled,
                            Lang lang) {
  const std::string from = long_date(initial.safe, lang);
  Steps steps{
      {tr(lang,
          "Le vendeur ne vous a pas donné l'information sur le droit de rétractation : le délai est prolongé de 12 mois "
          "à compter de la fin du délai initial (" + from + ").",
          "The seller did not give you the information on the withdrawal right: the period is extended by 12 months "
          "from the end of the initial period (" + from + ")."),
       art::L221_20},
  };
  const date::year_month_day start{initial.safe};
  const date::year_month_day nominal{twelve.nominal};
  if (nominal.day() != start.day())
    steps.push_back({tr(lang,
                        "Le mois d'arrivée n'a pas de " + std::to_string(static_cast<unsigned>(start.day())) +
                            "e jour : les 12 mois se terminent le dernier jour de ce mois, le " + long_date(twelve.nominal, lang) + ".",
                        "The final month has no day " + std::to_string(static_cast<unsigned>(start.day())) +
                            ": the 12 months end on that month's last day, " + long_date(twelve.nominal, lang) + "."),
                     art::reg_1182_71});
  else
    steps.push_back({tr(lang, "12 mois après le " + from + " : le " + long_date(twelve.nominal, lang) + ".",
                        "12 months after " + from + ": " + long_date(twelve.nominal, lang) + "."),
                     art::reg_1182_71});
  for (auto& s : explain_roll(twelve, lang)) steps.push_back(std::move(s));
  if (unrolled)
    steps.push_back({tr(lang,
                        "Lecture retenue : les 12 mois partent de la fin du délai initial après son report au jour "
                        "ouvrable. Comptés depuis le " + long_date(initial.nominal, lang) + " (avant report), ils "
                        "finiraient le " + long_date(*unrolled, lang) + ".",
                        "Reading used: the 12 months run from the end of the initial period as moved to an open day. "
                        "Counted from " + long_date(initial.nominal, lang) + " (before the move), they would end on " +
                        long_date(*unrolled, lang) + "."),
                     art::L221_20});
  return steps;
}

Step information_step(sys_days info, const PeriodEnd& end, Lang lang) {
  return {tr(lang,
             "Vous avez reçu l'information le " + long_date(info, lang) + ", pendant la prolongation : le délai expire 14 "
             "jours après, le " + long_date(end.safe, lang) + ".",
             "You received the information on " + long_date(info, lang) + ", during the extension: the period ends 14 "
             "days later, on " + long_date(end.safe, lang) + "."),
          art::L221_20};
}

}  // namespace

Extension extended_period(const PeriodEnd& initial, std::optional<sys_days> info, Territory t, Lang lang) {
  Extension x{ExtensionRule::twelve_months, twelve_months_after(initial, t), {}, std::nullopt, {}};
  const sys_days unrolled = months_after(initial.nominal, 12, t).safe;
  if (unrolled != x.twelve_months.safe) x.unrolled_reading = unrolled;
  x.end = x.twelve_months;
  x.steps = explain_twelve_months(initial, x.twelve_months, x.unrolled_reading, lang);
  if (!info) return x;

  const PeriodEnd from_info = days_after(*info, 14, t);
  if (*info <= initial.safe) {
    // Reading: information received before the initial period ended was given in time.
    x.rule = ExtensionRule::information_in_time;
    x.end = initial;
    x.steps = {{tr(lang,
                   "Vous avez reçu l'information le " + long_date(*info, lang) + ", avant la fin du délai initial : "
                   "lecture retenue, pas de prolongation, le délai finit le " + long_date(initial.safe, lang) +
                   ". L'autre lecture (14 jours à compter de sa réception) donnerait le " + long_date(from_info.safe, lang) + ".",
                   "You received the information on " + long_date(*info, lang) + ", before the initial period ended: "
                   "reading used, no extension, the period ends on " + long_date(initial.safe, lang) +
                   ". The other reading (14 days from its receipt) would give " + long_date(from_info.safe, lang) + "."),
                art::L221_20}};
    return x;
  }
  if (*info > x.twelve_months.latest) {
    x.steps.push_back({tr(lang,
                          "L'information, reçue le " + long_date(*info, lang) + ", est arrivée après la fin de la "
                          "prolongation : elle ne la rouvre pas.",
                          "The information, received on " + long_date(*info, lang) + ", came after the extension had "
                          "ended: it does not reopen it."),
                       art::L221_20});
    return x;
  }
  x.rule = ExtensionRule::fourteen_days_from_information;
  x.end = from_info;
  // On an uncertain closed day, the earlier period may still have been running: keep the safe date earlier.
  if (*info <= initial.latest) x.end.safe = initial.latest;
  if (*info > x.twelve_months.safe) x.end.safe = x.twelve_months.safe;
  x.steps.push_back(information_step(*info, from_info, lang));
  for (auto& s : explain_roll(from_info, lang)) x.steps.push_back(std::move(s));
  return x;
}

}  // namespace dc
