// Letter 4: claim under the guarantee against hidden defects (C. civ. 1641 to 1649): the price back
// against the thing, or part of it (1644); damages if the seller knew (1645); within 2 years of the
// discovery (1648).
#pragma once
#include <date/date.h>
#include <optional>
#include <string>
#include "letters/letter.hpp"

namespace dc::letters {

enum class HiddenDefectRemedy { return_and_refund, partial_refund };  // C. civ. 1644: the buyer's choice

// Dates the guarantee engine computes; absent, the sentence that would quote it is left out.
struct HiddenDefectDeadlines {
  std::optional<date::sys_days> action_until;  // 1648 (2 years from discovery), capped by 2232 (20 years from the sale)
  bool capped = false;                         // the 20 years of 2232 come first
};

struct HiddenDefectLetterFacts {
  LetterHeader header;  // recipient: the seller
  std::string product;
  std::string order_reference;  // may be empty
  date::sys_days bought;
  std::optional<date::sys_days> delivered;
  std::optional<long long> price_cents;
  date::sys_days discovered;
  std::string defect;  // as typed
  HiddenDefectRemedy remedy;
  bool seller_knew = false;
  int notice_days = 8;  // the delay the letter gives the seller to answer
  HiddenDefectDeadlines deadlines;
};

Letter hidden_defect_letter(const HiddenDefectLetterFacts& facts);

}  // namespace dc::letters
