// Public holidays ("jours fériés ou chômés") of each territory, for any Gregorian year
// (rules.md section 3). A holiday is "certain" when a statute makes it a holiday for every
// consumer of the territory; the others (Good Friday in Alsace-Moselle, 28 May in Saint-Martin,
// customary days overseas) are uncertain and only move the "latest" date, never the safe one.
#pragma once
#include <date/date.h>
#include <optional>
#include <string>
#include <vector>
#include "calendar/territory.hpp"
#include "rules/legal_source.hpp"
#include "text/lang.hpp"

namespace dc {

enum class HolidayKind {
  new_year, easter_monday, labour_day, victory_1945, ascension, whit_monday, bastille_day,
  assumption, all_saints, armistice, christmas,         // national: C. trav. L3133-1
  saint_stephen, good_friday,                           // Alsace-Moselle: C. trav. L3134-13
  abolition_of_slavery,                                 // overseas: C. trav. L3422-2
  abolition_observed,                                   // Saint-Martin, 28 May in practice
  schoelcher_day,                                       // customary, Guadeloupe and Martinique
};

struct Holiday {
  date::sys_days day;
  HolidayKind kind;
  bool certain;
  ArticleRef source;
};

// Every holiday of that territory in that year, in date order.
std::vector<Holiday> public_holidays(Territory t, date::year y);

// The holiday on that day, if any; with include_uncertain false, only certain holidays count.
std::optional<Holiday> holiday_on(const std::vector<Holiday>& holidays, date::sys_days day, bool include_uncertain);

std::string holiday_name(HolidayKind kind, Lang lang);
// For an uncertain holiday: on what fact it depends.
std::string holiday_condition(const Holiday& h, Lang lang);

}  // namespace dc
