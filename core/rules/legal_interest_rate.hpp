// The legal interest rate (taux de l'intérêt légal), Code monétaire et financier L313-2 (rules.md
// section 7): fixed each half-year by arrêté, with two rates since 2015. A consumer claiming a
// refund uses the rate for "personnes physiques n'agissant pas pour des besoins professionnels".
// The values live in core/data/legal_interest_rates.csv, compiled into this table.
#pragma once
#include <date/date.h>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include "text/lang.hpp"

namespace dc {

struct LegalRateHalfYear {
  std::string_view half_year;  // "2026-S1"
  date::sys_days from;         // first day
  date::sys_days to;           // last day
  int consumer;                // hundredths of a percent: 667 = 6.67 %; natural persons, non-professional
  int other;                   // every other creditor
  std::string_view arrete;     // "arrêté du 15 décembre 2025 (JORF du 26 décembre 2025)"
  std::string_view status;     // how the value was checked
};

// Every half-year known, in date order, without gap or overlap (tests/core/legal_interest_rate_test.cpp).
std::span<const LegalRateHalfYear> legal_rate_table();

// The table's half-year containing `day`, or nullptr when the table lacks it.
const LegalRateHalfYear* legal_rate_half_year(date::sys_days day);

// Where the rate used for one day comes from.
enum class RateOrigin {
  table,         // the table's half-year
  supplied,      // the table lacks the half-year; the rate the person typed
  nearest_known  // the table lacks it and no rate was typed: the nearest known half-year, with a warning
};

struct DayRate {
  int consumer;                          // hundredths of a percent
  RateOrigin origin;
  const LegalRateHalfYear* known;        // the table's half-year used (table or nearest_known); else nullptr
};

// The consumer rate for `day`: the table's, else the supplied one, else the nearest known one.
DayRate consumer_rate_on(date::sys_days day, std::optional<int> supplied);

// The half-year a day belongs to, named like the table: "2026-S2".
std::string half_year_name(date::sys_days day);
// "1er semestre 2026" / "first half of 2026"
std::string half_year_words(date::sys_days day, Lang lang);

}  // namespace dc
