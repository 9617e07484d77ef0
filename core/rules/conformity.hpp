// The legal guarantee of conformity (rules.md section 10), for goods, goods with digital elements
// and digital content or services: which regime (by contract date), until when the seller answers
// (with each suspension and extension), whether the defect is presumed to have existed at delivery
// (who must prove what), the remedies available now, and where "today" stands. A fact not given is
// never guessed: what depends on it stays unknown and the fact is listed as missing.
#pragma once
#include <date/date.h>
#include <optional>
#include <vector>
#include "calendar/territory.hpp"
#include "rules/civil_period.hpp"
#include "rules/conformity_period.hpp"
#include "rules/conformity_regime.hpp"
#include "rules/step.hpp"
#include "text/lang.hpp"

namespace dc {

enum class ConformityItem {
  goods,                        // L217-3 ff.
  goods_with_digital_elements,  // goods with digital content or a digital service (L217-3)
  digital,                      // digital content or a digital service alone (L224-25-12 ff.)
};

enum class ConformityFact { contract, delivered, condition, continuous_supply, supply_end, defect_appeared,
                            after_repair_not_done };

struct MissingFact {
  ConformityFact fact;
  std::size_t index = 0;  // after_repair_not_done: which history entry
};

struct ConformityInput {
  ConformityItem item = ConformityItem::goods;
  std::optional<date::sys_days> contract;        // the day the contract was concluded
  std::optional<date::sys_days> delivered;       // goods: delivery; digital: the (first) supply
  std::optional<GoodsCondition> condition;       // goods only
  std::optional<bool> continuous_supply;         // digital content or service supplied over a period
  std::optional<date::sys_days> supply_end;      // when continuous: the end of the supply period
  std::optional<date::sys_days> defect_appeared;
  std::optional<date::sys_days> requested;       // the consumer asked for conformity; nullopt: not yet
  std::vector<Intervention> history;             // goods only, in date order
  std::optional<Territory> territory;            // only to show the later date a move past holidays would give
  date::sys_days today;
};

enum class ConformityOutcome {
  answered,     // everything needed was given
  cannot_tell,  // see missing
  not_covered,  // a contract outside what DroitConso covers (before 20 Feb 2005; digital before 2022)
};

enum class ProofBurden { seller, consumer };
enum class Remedy { repair, replacement, price_reduction, cancellation };

struct DigitalElementsWindow {  // goods with digital elements supplied continuously for more than 2 years
  date::sys_days until;
  TermFromToday from_today;
  std::optional<bool> defect_covered;
};

struct ConformityRemedies {
  std::vector<Remedy> available;                                // now, if the goods are not yet in conformity
  std::optional<date::sys_days> seller_deadline;                // last day for the seller to repair or replace
  std::optional<date::sys_days> reduction_or_cancellation_from; // from then, if nothing was done
};

struct ConformityResult {
  ConformityOutcome outcome = ConformityOutcome::cannot_tell;
  std::optional<ConformityRegime> regime;
  std::vector<MissingFact> missing;
  // Until when the seller answers (from2022) / the consumer may act (before2022).
  std::optional<date::sys_days> until;
  std::optional<date::sys_days> until_if_each_repair_extends;  // only when later than until
  TermFromToday from_today;
  std::optional<date::sys_days> suspended_since;
  std::optional<long> days_left_at_suspension;
  std::optional<date::sys_days> new_guarantee_from;  // a replacement after a repair left undone (L217-13)
  std::optional<bool> defect_covered;
  std::optional<DigitalElementsWindow> digital_elements;
  // The presumption that the defect existed at delivery.
  std::optional<int> presumption_months;
  std::optional<date::sys_days> presumption_until;
  std::optional<bool> presumed;
  std::optional<ProofBurden> burden;
  // nullopt: the defect is not (or not yet known to be) covered, or digital content (not computed here).
  std::optional<ConformityRemedies> remedies;
  Steps steps;
  Steps information;  // other periods worth knowing (C. civ. 1641, 2224, L218-2)
};

ConformityResult legal_conformity(const ConformityInput& in, Lang lang);

}  // namespace dc
