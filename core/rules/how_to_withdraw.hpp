// How to withdraw (L221-21, R221-1, L221-22; rules.md sections 2 and 4): the model form or any
// unambiguous declaration; sending it before the end is what counts; the proof is the consumer's.
// Since 19 June 2026 (ordonnance 2026-2, décret 2026-3; a date that rests on secondary sources) an
// online seller must offer a « renoncer au contrat ici » function and acknowledge the withdrawal
// with its date and time: for contracts concluded from that day.
#pragma once
#include <date/date.h>
#include <optional>
#include <vector>
#include "rules/inputs.hpp"
#include "rules/step.hpp"
#include "text/lang.hpp"

namespace dc {

inline constexpr date::sys_days kOnlineWithdrawalFunctionSince{date::year{2026} / 6 / 19};

enum class OnlineFunction { required, not_required, depends };

struct HowToWithdraw {
  OnlineFunction online_function;
  std::vector<Input> missing;  // what would settle online_function when it depends
  Steps steps;
};

HowToWithdraw how_to_withdraw(std::optional<date::sys_days> concluded, std::optional<bool> online, Lang lang);

}  // namespace dc
