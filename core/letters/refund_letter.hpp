// Letter 2: formal notice to refund after a withdrawal. The refund was due by L221-24; the sums due
// are increased "de plein droit" by L242-4. The figures come from the refund engine
// (rules/late_refund): the letter quotes its prudent figure and names the reading behind it.
#pragma once
#include <date/date.h>
#include <optional>
#include <string>
#include "letters/letter.hpp"
#include "rules/late_refund.hpp"

namespace dc::letters {

// The increase the letter claims: the smallest figure among the readings of L242-4 (the prudent one),
// the reading it follows, and DroitConso's own figure when that one is higher.
struct ClaimedIncrease {
  Cents cents = 0;
  std::string reading;                   // in French: the reading that gives it
  std::optional<Cents> applied_cents;    // DroitConso's reading, when it gives more
  std::string applied_reading;           // in French, with applied_cents
};

// From a late_refund result computed in French (its reading texts are quoted).
ClaimedIncrease claimed_increase(const LateRefundResult& refund);

struct RefundLetterFacts {
  LetterHeader header;  // recipient: the seller
  std::string product;
  std::string order_reference;                    // may be empty
  std::optional<date::sys_days> withdrawal_sent;  // when the consumer sent the withdrawal
  std::optional<date::sys_days> seller_informed;  // when the seller was informed of it
  std::optional<date::sys_days> goods_sent_back;
  date::sys_days refund_due;                      // the engine's (safe) due date
  date::sys_days as_of;                           // the day the delay is counted to (today)
  const LateRefundResult* refund;                 // late_refund(…, Lang::fr): not null
  int notice_days = 8;
};

Letter refund_letter(const RefundLetterFacts& facts);

}  // namespace dc::letters
