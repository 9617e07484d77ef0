// Letter 3: formal notice under the legal guarantee of conformity, contracts from 1 January 2022
// (L217-3 and following): repair or replacement within 30 days of the request (L217-10), failing that
// price reduction or cancellation (L217-14); contracts before 2022: the former L217-4 and following
// (one month, L217-10 ancien). Every date comes from the guarantee engine (rules/conformity).
#pragma once
#include <date/date.h>
#include <optional>
#include <string>
#include "letters/letter.hpp"
#include "rules/conformity_regime.hpp"

namespace dc::letters {

enum class ConformityRemedy { repair, replacement };  // the consumer's choice

// What the guarantee engine computes (legal_conformity, with the letter's date as the request); the
// optional dates' sentences are left out when absent.
struct ConformityDeadlines {
  ConformityRegime regime = ConformityRegime::from2022;
  date::sys_days remedy_due;                        // last day for the seller to repair or replace
  std::optional<date::sys_days> guarantee_until;    // the seller answers until then (before 2022: the action's end)
  std::optional<date::sys_days> presumption_until;  // only when this defect is presumed to have existed at delivery
};

struct ConformityLetterFacts {
  LetterHeader header;  // recipient: the seller; the letter's date is the request's date
  std::string product;
  std::string order_reference;  // may be empty
  date::sys_days ordered;       // the contract's date
  date::sys_days delivered;
  std::optional<long long> price_cents;
  std::optional<date::sys_days> noticed;  // when the defect appeared
  std::string defect;                     // as typed
  ConformityRemedy remedy;
  ConformityDeadlines deadlines;
};

Letter conformity_letter(const ConformityLetterFacts& facts);

}  // namespace dc::letters
