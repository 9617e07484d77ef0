// Simple interest at the legal rate (CMF L313-2) on a sum, day by day (rules.md section 6,
// Reading): sum × rate × days / 365 (366 in a leap year), each day at the rate of its half-year,
// rounded half up to the cent once, at the end. The alternative reading: the rate applied flat.
#pragma once
#include <date/date.h>
#include <optional>
#include <string>
#include <vector>
#include "money/checked.hpp"
#include "rules/legal_interest_rate.hpp"
#include "rules/step.hpp"
#include "text/lang.hpp"

namespace dc {

// Consecutive days at one rate of one origin (one table half-year, or a span the table lacks).
struct RateSegment {
  date::sys_days first, last;
  int days;
  int leap_year_days;  // how many of them fall in a 366-day year (the others count over 365)
  DayRate rate;
};

// One day's interest is sum × rate / 10000 / year_days; over this common denominator the interest
// of all the days is exact: sum × rate_days / kInterestDenominator, each day adding to rate_days its
// rate × the other year length.
inline constexpr std::int64_t kInterestDenominator = 10000LL * 365 * 366;

struct InterestResult {
  Cents cents = 0;             // rounded half up, once
  std::int64_t rate_days = 0;  // the exact interest is sum × rate_days / kInterestDenominator
  std::vector<RateSegment> segments;
};

// Interest on `sum` for each day after `after`, up to and including `through` (none if through <= after).
// `supplied`: the rate (hundredths of a percent) for days the table lacks. Arithmetic is checked:
// nullopt only if it would overflow, which amounts up to 2 × kMaxAmountCents, rates up to 100 %
// and dates of years 1583 to 9999 cannot do.
std::optional<InterestResult> legal_interest(Cents sum, date::sys_days after, date::sys_days through,
                                             std::optional<int> supplied);

// The alternative reading: sum × rate, once, whatever the number of days; rounded half up.
std::optional<Cents> flat_legal_interest(Cents sum, int rate_hundredths);

// One step per segment: "du … au … : 5 jours à 7,21 % (arrêté du …), sur 365 jours."
Steps explain_rate_segments(const std::vector<RateSegment>& segments, Lang lang);

// Days the table lacks, as spans of consecutive days.
struct MissingSpan {
  date::sys_days first, last;
};

// Adds the segments' days the table lacks to `spans`, kept in order, merged when they touch.
void add_missing_spans(const std::vector<RateSegment>& segments, std::vector<MissingSpan>& spans);

// "2026-S2", or "2026-S2 – 2028-S2" (en dash), for each span, separated by ", ".
std::string missing_half_years_text(const std::vector<MissingSpan>& spans);

}  // namespace dc
