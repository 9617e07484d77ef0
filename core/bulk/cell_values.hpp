// The values of an order file's cells, as French and English spreadsheets write them: dates
// "14/01/2026" or "2026-01-14" (a time after them is ignored), territories by code or name.
// Amounts are read by main's reader (money/amount.hpp). Each reader says precisely what is wrong,
// for the row's message.
#pragma once
#include <date/date.h>
#include <optional>
#include <string>
#include <string_view>
#include "calendar/territory.hpp"

namespace dc::bulk {

std::string_view trim(std::string_view s);  // ASCII spaces and tabs, and no-break spaces

enum class DateStyle { iso, day_month_year };

enum class CellDateError {
  none,
  empty,
  format,          // neither JJ/MM/AAAA nor AAAA-MM-JJ
  two_digit_year,  // "14/01/26": which century is not guessed
  impossible,      // "31/02/2026"
  out_of_range,    // outside kMinYear..kMaxYear (calendar/iso_date.hpp)
  time_zone,       // "2026-01-14T23:30:00Z": the local day is not known
};

struct CellDate {
  std::optional<date::sys_days> day;
  CellDateError error = CellDateError::none;
  DateStyle style = DateStyle::iso;
};

// "14/01/2026", "4/1/2026", "14.01.2026", "2026-01-14", "2026/01/14" (year first: two digits for
// the month and the day, as ISO; "2026-1-5" is a format error as in the JSON API); either may be followed by a
// local time after a space or a 'T' ("14/01/2026 10:32", "2026-01-14T10:32:00"), which is ignored.
// Never month-first. The day itself is checked by read_iso_date (calendar/iso_date.hpp).
CellDate read_cell_date(std::string_view cell);
std::string write_cell_date(date::sys_days day, DateStyle style);

struct CellTerritory {
  std::optional<Territory> territory;
  bool has_own_rules = false;  // Nouvelle-Calédonie, Polynésie française, Wallis-et-Futuna, Saint-Pierre-et-Miquelon
};

// A code of the JSON API ("la-reunion") or a name, any case, with or without accents
// ("La Réunion", "France métropolitaine", "Alsace-Moselle", "Bas-Rhin").
CellTerritory read_territory(std::string_view cell);

// Lower-case ASCII letters and digits, accents taken off, every other run of characters made one
// '-': "N° de commande" -> "n-de-commande", "Date de réception" -> "date-de-reception".
std::string folded(std::string_view text);

}  // namespace dc::bulk
