// The guarantee against hidden defects (C. civ. 1641 to 1649; rules.md section 10): the action
// must be brought within 2 years of discovering the defect (1648), and at the latest 20 years
// after the sale (C. civ. 2232; Cour de cassation, chambre mixte, 21 July 2023). The buyer chooses
// between returning the thing against the price and keeping it against part of the price (1644);
// damages on top if the seller knew of the defect (1645).
#pragma once
#include <date/date.h>
#include <optional>
#include <vector>
#include "calendar/territory.hpp"
#include "rules/civil_period.hpp"
#include "rules/step.hpp"
#include "text/lang.hpp"

namespace dc {

enum class HiddenDefectFact { sale, discovered, seller_knew };

struct HiddenDefectInput {
  std::optional<date::sys_days> sale;        // the day of the sale (contract)
  std::optional<date::sys_days> discovered;  // the day the buyer discovered the defect
  std::optional<bool> seller_knew;           // the seller knew of the defect
  std::optional<Territory> territory;        // only to show the later date a move past holidays would give
  date::sys_days today;
};

struct HiddenDefectResult {
  std::vector<HiddenDefectFact> missing;
  std::optional<date::sys_days> two_years_from_discovery;  // C. civ. 1648
  std::optional<date::sys_days> twenty_years_from_sale;    // C. civ. 2232
  std::optional<date::sys_days> deadline;                  // the earlier of the two
  bool capped = false;                                     // the 20 years come first
  TermFromToday from_today;
  std::optional<bool> damages;  // C. civ. 1645: when the seller knew
  Steps steps;
  Steps information;
};

HiddenDefectResult hidden_defect(const HiddenDefectInput& in, Lang lang);

}  // namespace dc
