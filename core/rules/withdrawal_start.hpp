// When the 14-day withdrawal period starts (L221-18; rules.md section 4): receipt of the goods by
// the consumer or a third party he designated (not the carrier); the last receipt for several goods
// or lots; the first receipt for a subscription; the conclusion for services and the contracts of
// L221-4. Off-premises goods may be withdrawn from as soon as the contract is concluded.
#pragma once
#include <date/date.h>
#include <optional>
#include <string>
#include "rules/inputs.hpp"
#include "rules/purchase.hpp"
#include "rules/step.hpp"
#include "text/lang.hpp"

namespace dc {

enum class StartRule { receipt, last_receipt, first_receipt, conclusion };

StartRule start_rule(ContractKind kind);
Input start_input(ContractKind kind);  // the date a page must ask for that kind

struct WithdrawalStart {
  StartRule rule;
  date::sys_days event;                            // the day not counted
  std::optional<date::sys_days> may_withdraw_from;  // off-premises goods: the conclusion
  std::string event_fr, event_en;                   // "de la réception" / "of receipt", for the counting steps
  Steps steps;
};

// nullopt when the date the rule needs is not given.
std::optional<WithdrawalStart> withdrawal_start(ContractKind kind, std::optional<Channel> channel,
                                                std::optional<date::sys_days> concluded,
                                                std::optional<date::sys_days> received, Lang lang);

}  // namespace dc
