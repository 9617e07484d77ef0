// The 13 exclusions of L221-28 (wording in force since 28 May 2022; rules.md section 8), each asked
// in plain words. An exclusion holds only when every one of its questions is answered yes; the
// first question of each is its gate (the kind of purchase), the others its exact conditions,
// asked only once the gate is answered yes. Only these cases remove the right.
#pragma once
#include <optional>
#include <span>
#include <string_view>
#include <vector>
#include "rules/inputs.hpp"
#include "rules/purchase.hpp"
#include "rules/step.hpp"
#include "text/lang.hpp"

namespace dc {

struct ExclusionRule {
  int number;                      // 1 to 13: L221-28, 1° to 13°
  std::span<const Input> questions;  // all yes: excluded; the first is the gate
  std::span<const ContractKind> kinds;  // the contract kinds it can concern
  std::string_view name_fr, name_en;    // "biens personnalisés"
  std::string_view excluded_fr, excluded_en;  // the exclusion and its consequence, when it holds
  std::string_view not_met_fr, not_met_en;    // when the gate is yes but a condition is not met
};

std::span<const ExclusionRule> exclusion_rules();
const ExclusionRule& exclusion_rule(int number);

struct ExclusionCheck {
  std::optional<int> excluded_by;  // the first exclusion that holds
  std::vector<Input> missing;      // answers still needed (none once one holds)
  Steps steps;                     // one per exclusion answered; the last is the one that holds, if any
};

ExclusionCheck check_exclusions(ContractKind kind, const YesNoAnswers& answers, Lang lang);

// What still applies when an exclusion holds: the legal guarantees, and for 8° what lies beyond the emergency.
Steps exclusion_consequences(int number, ContractKind kind, Lang lang);

}  // namespace dc
