// Does the withdrawal right apply at all (rules.md sections 1 and 8)? Three outcomes, never
// confused: it applies; it does not (why, which article, what still applies); or it cannot be told
// yet (the inputs still needed, in asking order). A "no" from any answered check decides, whatever
// is still unknown; a fact not given is never guessed.
#pragma once
#include <date/date.h>
#include <optional>
#include <variant>
#include <vector>
#include "rules/inputs.hpp"
#include "rules/purchase.hpp"
#include "rules/step.hpp"
#include "text/lang.hpp"

namespace dc {

// Loi n° 2014-344: the 14-day regime covers contracts concluded from this day.
inline constexpr date::sys_days kHamonFirstDay{date::year{2014} / 6 / 14};
// L221-28 in its current wording (ordonnance 2021-1247), in force since this day.
inline constexpr date::sys_days kExclusionsWordingSince{date::year{2022} / 5 / 28};

struct PurchaseFacts {
  std::optional<Seller> seller;
  std::optional<Channel> channel;
  std::optional<TerritoryAnswer> territory;
  std::optional<ContractKind> contract;
  std::optional<Sector> sector;
  std::optional<date::sys_days> concluded;
  std::optional<date::sys_days> received;  // a receipt before 14 June 2014 means a contract concluded before it
  YesNoAnswers answers;
};

enum class NotApplicable { private_seller, shop, fair, sector, territory, before_hamon, exclusion };

struct Applies {};
struct DoesNotApply {
  NotApplicable reason;
  int exclusion;       // the L221-28 number when reason is exclusion, else 0
  Step why;
  Steps consequences;  // what still applies (the legal guarantees…)
};
struct CannotTell {
  std::vector<Input> missing;  // in asking order
};
using Verdict = std::variant<Applies, DoesNotApply, CannotTell>;

struct Eligibility {
  Verdict verdict;
  Steps checks;  // each answered check, explained with its article
  Steps notes;   // what a consumer should know when the right may apply (void clauses, what is owed)
};

Eligibility check_eligibility(const PurchaseFacts& facts, Lang lang);

std::string other_territory_name(OtherTerritory t, Lang lang);

}  // namespace dc
