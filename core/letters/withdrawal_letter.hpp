// Letter 1: the withdrawal declaration (L221-18, L221-21), on the model form of the annex to R221-1,
// with the deadline computed by the withdrawal engine.
#pragma once
#include <date/date.h>
#include <optional>
#include <string>
#include "letters/letter.hpp"

namespace dc::letters {

struct WithdrawalLetterFacts {
  LetterHeader header;                      // recipient: the seller
  std::string items;                        // the goods (or service) withdrawn from, as the consumer names them
  std::string order_reference;              // may be empty
  std::optional<date::sys_days> ordered;
  std::optional<date::sys_days> received;
  std::optional<date::sys_days> deadline;   // the period's safe end, only when today is surely within it
  bool extended = false;                    // the deadline is the 12-month extension's (L221-20)
};

Letter withdrawal_letter(const WithdrawalLetterFacts& facts);

}  // namespace dc::letters
