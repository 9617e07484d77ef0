// Letter 5: referral to the consumer mediator (L612-1, L612-2): the dispute, the steps already taken
// with their dates, the claim, and the one-year window computed by the escalation plan.
#pragma once
#include <date/date.h>
#include <optional>
#include <string>
#include "letters/letter.hpp"

namespace dc::letters {

struct MediatorLetterFacts {
  LetterHeader header;  // recipient: the mediator
  Party seller;
  std::string product;          // may be empty
  std::string order_reference;  // may be empty
  std::optional<date::sys_days> ordered;
  std::string dispute;          // the consumer's summary, as typed
  std::string claim;            // what the consumer asks, as typed
  date::sys_days complaint_sent;
  std::optional<date::sys_days> notice_sent;
  int notice_days = 8;
  std::optional<date::sys_days> seller_answered;
  std::string seller_answer;    // may be empty
  date::sys_days mediator_until;  // complaint + 1 year (L612-2), from the escalation plan
};

Letter mediator_letter(const MediatorLetterFacts& facts);

}  // namespace dc::letters
