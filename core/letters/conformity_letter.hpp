// Letter 3: formal notice under the legal guarantee of conformity, contracts from 1 January 2022
// (L217-3 and following): repair or replacement within 30 days of the request (L217-10), failing that
// price reduction or cancellation (L217-14).
#pragma once
#include <date/date.h>
#include <optional>
#include <string>
#include "letters/letter.hpp"

namespace dc::letters {

inline constexpr int kRemedyDays = 30;  // L217-10: at most 30 days after the request

enum class ConformityRemedy { repair, replacement };  // the consumer's choice

// Dates the guarantee engine computes; each may be absent, and its sentence is then left out.
struct ConformityDeadlines {
  std::optional<date::sys_days> guarantee_until;    // the seller answers for defects appearing until then
  std::optional<date::sys_days> presumption_until;  // a defect appearing before it is presumed to have existed at delivery
};

struct ConformityLetterFacts {
  LetterHeader header;  // recipient: the seller; the letter's date is the request's date
  std::string product;
  std::string order_reference;  // may be empty
  date::sys_days ordered;       // the contract's date (the 2022 regime applies from 1 January 2022)
  date::sys_days delivered;
  std::optional<long long> price_cents;
  std::optional<date::sys_days> noticed;  // when the defect appeared
  std::string defect;                     // as typed
  ConformityRemedy remedy;
  ConformityDeadlines deadlines;
};

// The date the repair or replacement is due: the request's date + 30 days, not moved past a closed
// day (no text says so; the earlier date is the safe reading).
date::sys_days remedy_due(date::sys_days request);

Letter conformity_letter(const ConformityLetterFacts& facts);

}  // namespace dc::letters
