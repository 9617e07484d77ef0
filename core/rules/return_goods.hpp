// Sending the goods back after withdrawing (L221-23; rules.md section 5): within 14 days after the
// withdrawal was sent (counted as in section 2), unless the seller offered to collect them; who
// pays the direct return cost; a loss in value owed only for handling beyond a shop-like test, and
// only if the seller gave the withdrawal information.
#pragma once
#include <date/date.h>
#include <optional>
#include <vector>
#include "calendar/territory.hpp"
#include "rules/inputs.hpp"
#include "rules/period.hpp"
#include "rules/step.hpp"
#include "text/lang.hpp"

namespace dc {

struct ReturnFacts {
  date::sys_days withdrawal_sent;
  std::optional<bool> seller_collects;
  std::optional<bool> cost_informed;       // the seller said the return cost would be the consumer's
  std::optional<bool> seller_pays;         // the seller agreed to pay it
  std::optional<bool> handled_beyond_testing;
  std::optional<bool> info_given;          // the withdrawal information (L221-5)
  Territory territory;
};

enum class CostPayer { consumer, seller, unknown };
enum class Depreciation { not_owed, owed, unknown };

struct ReturnDue {
  std::optional<PeriodEnd> by;  // none when the seller collects
  CostPayer cost_payer;
  Depreciation depreciation;
  std::vector<Input> missing;   // answers that would settle what is still unknown
  Steps steps;
};

ReturnDue return_due(const ReturnFacts& facts, Lang lang);

}  // namespace dc
