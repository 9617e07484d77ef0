// What to do when the seller says no (rules.md section 11), as a plan with dates: the written
// complaint, the formal notice, the consumer mediator or the conciliateur de justice, the court, the
// 5-year limit; beside them SignalConso, the European Consumer Centre France and the bank card facts.
// Reading (the spec is silent): none of these dates is moved past a weekend or a public holiday; only
// the L221-19 periods are. For a deadline the consumer must meet, the unmoved date is the earlier, safe
// one; the plan says so in its `reading` steps.
#pragma once
#include <date/date.h>
#include <optional>
#include <string>
#include <string_view>
#include <vector>
#include "rules/step.hpp"
#include "text/lang.hpp"

namespace dc {

inline constexpr int kDefaultNoticeDays = 8;                    // customary, not statutory (rules.md 11.2)
inline constexpr int kMediatorWindowMonths = 12;                // L612-2: within 1 year of the complaint
inline constexpr int kMediatorAdmissibilityDays = 21;           // told within 3 weeks if the file is rejected
inline constexpr int kMediatorOutcomeDays = 90;                 // outcome within 90 days
inline constexpr int kEccWaitDays = 21;                         // ECC France: after writing and 3 weeks
inline constexpr int kLimitMonths = 60;                         // C. civ. 2224: 5 years
inline constexpr int kUnauthorisedCardMonths = 13;              // CMF L133-24
inline constexpr long long kPriorAttemptCeilingCents = 500'000;  // CPC 750-1: claims of 5,000 euros or less
inline constexpr long long kNoLawyerCeilingCents = 1'000'000;    // CPC 761 3°: up to 10,000 euros
inline constexpr long long kNoAppealCeilingCents = 500'000;      // COJ R211-3-24: up to 5,000 euros
inline constexpr long long kSmallClaimsCeilingCents = 500'000;   // CPCE L125-1: up to 5,000 euros

enum class SellerPlace { unknown, france, other_eu, outside_eu };

enum class StageStatus {
  done,            // already done (the complaint was sent; a notice's deadline has passed)
  to_do,           // the next thing to do
  waiting,         // under way: a deadline runs
  open,            // available now, until `until`
  not_yet,         // not available yet (`from` is later, or a step before it is missing)
  closed,          // its window has passed
  not_applicable,  // does not apply to this case (the step says why)
  unknown,         // cannot tell yet: see `missing`
  info,            // always available; facts to know
};

// A dated deadline for the calendar. `id` is stable ("notice-deadline"); `title` is in the request's language.
// The last day of the delay a formal notice gives the seller: the sending day + the delay, not moved
// past a closed day (no text sets the delay; the earlier date is the safe one). Used by the plan and
// by every letter that gives the seller a delay.
inline date::sys_days notice_deadline(date::sys_days sent, int notice_days) { return sent + date::days{notice_days}; }

struct Deadline {
  std::string_view id;
  date::sys_days day;
  std::string title;
  ArticleRef article;
};

struct Stage {
  std::string_view id;  // "complaint", "notice", "mediator", "conciliator", "court", "limit", "signalconso", "ecc", "card"
  std::string title;
  StageStatus status;
  std::optional<date::sys_days> from;
  std::optional<date::sys_days> until;
  std::vector<std::string_view> missing;  // JSON fields still needed to date this stage
  Steps steps;
};

struct EscalationInput {
  date::sys_days today;
  std::optional<date::sys_days> complaint_sent;     // the first written complaint to the seller
  std::optional<date::sys_days> notice_sent;        // the formal notice (mise en demeure)
  int notice_days = kDefaultNoticeDays;             // the delay it gives the seller
  std::optional<date::sys_days> mediator_referred;  // the day the file was sent to the mediator
  std::optional<long long> claim_cents;             // what the consumer claims
  std::optional<date::sys_days> facts_known;        // C. civ. 2224: when the consumer knew the facts
  SellerPlace seller = SellerPlace::unknown;
  std::optional<date::sys_days> card_debit;         // a card payment's debit date
  std::vector<Deadline> case_deadlines;             // computed by the case's engines (withdrawal, refund, guarantees)
};

struct EscalationPlan {
  std::vector<Stage> stages;        // complaint, notice, mediator, conciliator, court, limit: in this order
  std::vector<Stage> beside;        // signalconso, ecc, card
  std::vector<Deadline> deadlines;  // every dated deadline, case deadlines included, in date order
  Steps reading;                    // how these dates are counted
};

EscalationPlan escalation_plan(const EscalationInput& in, Lang lang);

// The deadlines still ahead on `today` (today included), in date order: what the calendar keeps.
std::vector<Deadline> upcoming_deadlines(const EscalationPlan& plan, date::sys_days today);

}  // namespace dc
