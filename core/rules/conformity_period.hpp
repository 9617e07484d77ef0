// How long the seller answers for a defect of goods sold from 1 January 2022 (rules.md section 10):
// 2 years from delivery (L217-3); each period the goods are immobilised for repair or replacement
// suspends what remained, until they are handed back (model notice, D211-2 annexe); goods repaired
// under the guarantee get 6 more months (L217-13 al. 1); a replacement that follows a repair the
// seller did not carry out starts a new 2 years from its delivery (L217-13 al. 2). No end is moved
// past weekends or holidays (rules/civil_period.hpp).
#pragma once
#include <date/date.h>
#include <cstddef>
#include <optional>
#include <span>
#include "rules/step.hpp"
#include "text/lang.hpp"

namespace dc {

struct Intervention {
  enum class Kind { repair, replacement };
  Kind kind;
  date::sys_days immobilised_from;            // the goods could no longer be used (handed to the seller)
  std::optional<date::sys_days> returned;     // handed back repaired, or the replacement delivered; nullopt: not yet
  std::optional<bool> after_repair_not_done;  // replacement: the consumer chose repair, the seller did not do it
};

// The 6 months of L217-13 after a repair: counted once per guarantee (the reading: the earlier
// date), or again after each repair (the alternative, shown when it gives a later date).
enum class RepairExtension { once, each_repair };

struct GuaranteeWindow {
  std::optional<date::sys_days> until;            // nullopt: suspended now, or a replacement's fact missing
  std::optional<date::sys_days> suspended_since;  // goods immobilised and not handed back yet
  std::optional<long> days_left_at_suspension;    // what will remain once they are handed back
  std::optional<std::size_t> missing_after_repair_not_done;  // the history entry that needs it
  std::optional<date::sys_days> restarted_on;     // delivery of the replacement that started a new guarantee
  Steps steps;
};

// The history is in date order, each entry starting after the previous one was handed back.
GuaranteeWindow goods_window_2022(date::sys_days delivered, std::span<const Intervention> history,
                                  RepairExtension reading, Lang lang);

}  // namespace dc
