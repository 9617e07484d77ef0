// Holiday lists per territory (rules.md section 3).
#include "calendar/public_holidays.hpp"
#include <utility>
#include "calendar/easter.hpp"

namespace dc {
namespace {

using date::days;
using date::sys_days;

sys_days on(date::year y, unsigned month, unsigned day) {
  return sys_days{y / date::month{month} / date::day{day}};
}

// Abolition of slavery day (C. trav. L3422-2, décret 83-1003): one date per overseas territory.
std::optional<sys_days> abolition_day(Territory t, date::year y) {
  switch (t) {
    case Territory::mayotte: return on(y, 4, 27);
    case Territory::martinique: return on(y, 5, 22);
    case Territory::guadeloupe: return on(y, 5, 27);
    case Territory::saint_martin: return on(y, 5, 27);  // the Code's date
    case Territory::guyane: return on(y, 6, 10);
    case Territory::saint_barthelemy: return on(y, 10, 9);
    case Territory::la_reunion: return on(y, 12, 20);
    case Territory::metropole:
    case Territory::alsace_moselle: return std::nullopt;
  }
  return std::nullopt;
}

}  // namespace

std::vector<Holiday> public_holidays(Territory t, date::year y) {
  const sys_days easter = easter_sunday(y);
  const ArticleRef national = art::trav_L3133_1;
  std::vector<Holiday> out{
      {on(y, 1, 1), HolidayKind::new_year, true, national},
      {easter + days{1}, HolidayKind::easter_monday, true, national},
      {on(y, 5, 1), HolidayKind::labour_day, true, national},
      {on(y, 5, 8), HolidayKind::victory_1945, true, national},
      {easter + days{39}, HolidayKind::ascension, true, national},
      // Whit Monday stays a holiday even where it is worked as the "journée de solidarité".
      {easter + days{50}, HolidayKind::whit_monday, true, national},
      {on(y, 7, 14), HolidayKind::bastille_day, true, national},
      {on(y, 8, 15), HolidayKind::assumption, true, national},
      {on(y, 11, 1), HolidayKind::all_saints, true, national},
      {on(y, 11, 11), HolidayKind::armistice, true, national},
      {on(y, 12, 25), HolidayKind::christmas, true, national},
  };
  if (t == Territory::alsace_moselle) {
    out.push_back({on(y, 12, 26), HolidayKind::saint_stephen, true, art::trav_L3134_13});
    // Good Friday: only in communes with a Protestant temple or a mixed church (L3134-13).
    out.push_back({easter - days{2}, HolidayKind::good_friday, false, art::trav_L3134_13});
  }
  if (const auto abolition = abolition_day(t, y))
    out.push_back({*abolition, HolidayKind::abolition_of_slavery, true, art::trav_L3422_2});
  if (t == Territory::saint_martin)
    out.push_back({on(y, 5, 28), HolidayKind::abolition_observed, false, art::customary_day});
  // Customary non-working days, not statutory (rules.md section 3).
  if (t == Territory::guadeloupe || t == Territory::martinique || t == Territory::guyane)
    out.push_back({easter - days{2}, HolidayKind::good_friday, false, art::customary_day});
  if (t == Territory::guadeloupe || t == Territory::martinique)
    out.push_back({on(y, 7, 21), HolidayKind::schoelcher_day, false, art::customary_day});
  // By day, the listed order kept on a shared day (stable): an insertion sort of at most 15 entries,
  // 2 KB gzip smaller in the wasm than std::stable_sort (README, Performance).
  for (std::size_t i = 1; i < out.size(); ++i)
    for (std::size_t j = i; j > 0 && out[j].day < out[j - 1].day; --j) std::swap(out[j], out[j - 1]);
  return out;
}

std::optional<Holiday> holiday_on(const std::vector<Holiday>& holidays, sys_days day, bool include_uncertain) {
  std::optional<Holiday> found;
  for (const auto& h : holidays) {
    if (h.day != day || (!h.certain && !include_uncertain)) continue;
    if (h.certain) return h;  // a certain holiday explains the day better than an uncertain one
    if (!found) found = h;
  }
  return found;
}

std::string holiday_name(HolidayKind kind, Lang lang) {
  switch (kind) {
    case HolidayKind::new_year: return tr(lang, "Jour de l'an", "New Year's Day");
    case HolidayKind::easter_monday: return tr(lang, "Lundi de Pâques", "Easter Monday");
    case HolidayKind::labour_day: return tr(lang, "Fête du Travail", "Labour Day");
    case HolidayKind::victory_1945: return tr(lang, "Victoire 1945", "Victory in Europe Day");
    case HolidayKind::ascension: return tr(lang, "Ascension", "Ascension Day");
    case HolidayKind::whit_monday: return tr(lang, "Lundi de Pentecôte", "Whit Monday");
    case HolidayKind::bastille_day: return tr(lang, "Fête nationale", "Bastille Day");
    case HolidayKind::assumption: return tr(lang, "Assomption", "Assumption Day");
    case HolidayKind::all_saints: return tr(lang, "Toussaint", "All Saints' Day");
    case HolidayKind::armistice: return tr(lang, "Armistice 1918", "Armistice Day");
    case HolidayKind::christmas: return tr(lang, "Noël", "Christmas Day");
    case HolidayKind::saint_stephen: return tr(lang, "Saint-Étienne", "St Stephen's Day");
    case HolidayKind::good_friday: return tr(lang, "Vendredi saint", "Good Friday");
    case HolidayKind::abolition_of_slavery:
      return tr(lang, "Commémoration de l'abolition de l'esclavage", "Abolition of slavery day");
    case HolidayKind::abolition_observed:
      return tr(lang, "Abolition de l'esclavage (date observée)", "Abolition of slavery day (observed date)");
    case HolidayKind::schoelcher_day: return tr(lang, "Fête Victor Schœlcher", "Victor Schœlcher Day");
  }
  return {};
}

std::string holiday_condition(const Holiday& h, Lang lang) {
  if (h.certain) return {};
  switch (h.kind) {
    case HolidayKind::good_friday:
      if (h.source == art::trav_L3134_13)
        return tr(lang,
                  "le Vendredi saint n'est férié en Alsace-Moselle que dans les communes ayant un temple protestant "
                  "ou une église mixte",
                  "in Alsace-Moselle, Good Friday is a holiday only in communes with a Protestant temple or a mixed "
                  "church");
      return tr(lang, "le Vendredi saint y est chômé par l'usage, sans texte qui en fasse un jour férié",
                "Good Friday is a customary day off there, but no statute makes it a public holiday");
    case HolidayKind::abolition_observed:
      return tr(lang,
                "le Code du travail fixe la commémoration au 27 mai, mais le 28 mai est chômé en pratique depuis 2018",
                "the Labour Code sets the commemoration on 27 May, but 28 May has been observed in practice since 2018");
    case HolidayKind::schoelcher_day:
      return tr(lang, "le 21 juillet y est chômé par l'usage, sans texte qui en fasse un jour férié",
                "21 July is a customary day off there, but no statute makes it a public holiday");
    default: return {};
  }
}

}  // namespace dc
