// The increase owed by a seller who refunds late after a withdrawal: L242-4, applied "de plein
// droit" (rules.md section 6). With d the days between the refund due date and the refund (or
// today): 1 to 10 days, interest at the legal rate; 11 to 20, 5 %; 21 to 30, 10 %; 31 to 60, 20 %;
// 61 to 90, 50 %; beyond, 5 more points per new month of delay, until the increase equals the
// product's price; after that, interest at the legal rate. Not to be confused with L241-4
// (refund after cancelling for non-delivery: rules/non_delivery_refund.hpp).
#pragma once
#include <date/date.h>
#include <optional>
#include <string>
#include <vector>
#include "money/checked.hpp"
#include "rules/legal_interest.hpp"
#include "rules/step.hpp"
#include "text/lang.hpp"

namespace dc {

// The readings of L242-4 the law leaves open (rules.md section 6); the defaults are DroitConso's.
enum class TierBounds { lower_open, lower_closed };    // (lower, upper]: day 10 is still legal interest | [lower, upper)
enum class MonthCount { started, completed };         // beyond day 90: each started 30-day period | each completed one
enum class InterestMode { pro_rata, flat };           // legal interest day by day | the yearly rate applied once
enum class CapBase { product_price, sums_due };       // the cap: the product's price | every sum due, delivery included

struct L242Readings {
  TierBounds bounds = TierBounds::lower_open;
  MonthCount months = MonthCount::started;
  InterestMode interest = InterestMode::pro_rata;
  CapBase cap = CapBase::product_price;
};

enum class TierKind { none, legal_interest, percent };

struct L242Tier {
  TierKind kind = TierKind::none;
  int percent = 0;    // for TierKind::percent
  int first_day = 0;  // the tier's days of delay, inclusive
  int last_day = 0;
};

// The tier for d days of delay, with tiers (lower, upper] (rules.md section 6, Reading "boundaries").
L242Tier l242_4_tier(int days_late, MonthCount months);

struct IncreaseInput {
  Cents sums_due;       // price + standard delivery: what the increase is computed on
  Cents price;          // the product's price: the cap
  date::sys_days due;   // the refund due date
  int days_late;        // >= 0
  std::optional<int> supplied_rate;  // hundredths of a percent, for half-years the table lacks
};

struct IncreaseFigure {
  L242Tier tier;                          // the tier d falls in
  Cents tier_cents = 0;                   // its increase, capped
  int cap_day = 0;                        // the day of delay on which the cap is reached (if unpaid by then)
  bool capped = false;                    // cap_day <= days_late
  Cents cap_cents = 0;                    // the cap itself
  Cents after_cap_cents = 0;              // legal interest on the sums due after the cap day
  Cents total = 0;                        // tier_cents + after_cap_cents
  InterestResult tier_interest;           // the legal-interest tier's days (pro rata)
  InterestResult after_cap_interest;      // the days after the cap (pro rata)
  std::optional<DayRate> flat_rate;       // the rate used flat, in the flat reading
};

// The increase for one set of readings; nullopt only on arithmetic overflow (impossible for amounts
// up to 2 × kMaxAmountCents and rates up to 100 %).
std::optional<IncreaseFigure> l242_4_increase(const IncreaseInput& in, const L242Readings& readings);

enum class ReadingId { tier_bounds, interest_pro_rata, started_months, cap_on_price, due_safe_date };

// One reading applied, with the increase it gives and the increase the alternative would give.
struct ReadingFigure {
  ReadingId id;
  std::string applied;      // what DroitConso does, in words
  std::string alternative;  // the other reading, in words
  Cents cents;              // the increase with every reading applied
  Cents alternative_cents;  // the increase with this one reading changed
};

struct LateRefundInput {
  Cents price;                   // the product(s): refunded, and the cap
  Cents delivery;                // the standard delivery paid: refunded
  Cents premium_delivery;        // the surcharge for a dearer delivery: not refunded (shown only)
  date::sys_days due;            // the refund due date (safe)
  date::sys_days due_latest;     // the same, or later if an uncertain holiday is a day off
  date::sys_days as_of;          // the refund day, or today
  bool refunded;                 // as_of is the refund day (true) or today (false)
  std::optional<int> supplied_rate;
};

struct NextTier {
  int day;              // day of delay on which it starts
  date::sys_days date;
  L242Tier tier;
  Cents cents;          // the increase on that day
  bool cap;             // the cap is reached that day
};

struct LateRefundResult {
  Cents sums_due = 0;
  int days_late = 0;
  IncreaseFigure increase;
  Cents total_due = 0;                   // sums due + increase
  Cents prudent_cents = 0;               // the smallest increase among the readings and their alternatives
  std::vector<ReadingFigure> readings;
  std::optional<NextTier> next;          // not refunded and not capped: when the increase next steps up
  std::vector<MissingSpan> rates_missing;  // days the rate table lacks, used (in order, merged)
  bool supplied_rate_used = false;
  bool nearest_rate_used = false;        // a missing half-year without a supplied rate: warn
  Steps steps;
};

std::optional<LateRefundResult> late_refund(const LateRefundInput& in, Lang lang);

}  // namespace dc
