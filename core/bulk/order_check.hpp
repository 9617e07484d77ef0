// One row of an order file checked: the withdrawal deadline of the goods (L221-18, L221-19) and
// where today stands against it, or, for a row that cannot be read, every reason, named by line
// and column, in French or English. A row is never dropped.
#pragma once
#include <date/date.h>
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <vector>
#include "bulk/cell_values.hpp"
#include "bulk/csv_reader.hpp"
#include "bulk/order_columns.hpp"
#include "calendar/territory.hpp"
#include "money/checked.hpp"
#include "rules/withdrawal.hpp"
#include "text/lang.hpp"

namespace dc::bulk {

struct RowError {
  std::string column;   // the header name as written; "" when the whole row is at fault
  std::string message;  // "Ligne 4, colonne « Date de réception » : « 31/02/2026 » n'existe pas…"
};

struct Deadline {
  date::sys_days safe, latest;
  DeadlineFromToday from_today;
};

struct OrderRow {
  std::optional<date::sys_days> received;
  DateStyle received_style = DateStyle::iso;
  std::optional<Territory> territory;
  std::optional<Cents> amount_cents;
  std::optional<Deadline> deadline;  // none when the row cannot be read
  std::vector<RowError> errors;      // may be set with a deadline too (an unreadable amount)
};

struct OrderFile {
  std::span<const std::string> header;
  const ColumnMap& columns;
  date::sys_days today;
  Territory territory;  // for rows without a territory
  Lang lang;
};

// The deadlines already worked out in this check, by day of receipt and territory: an order
// history has far fewer distinct days than rows. A direct-mapped table of fixed size (no hash map:
// smaller wasm), so a file of all-different days costs one computation a row, never more.
class DeadlineMemo {
 public:
  Deadline get(date::sys_days received, Territory t, date::sys_days today);

 private:
  struct Slot {
    long long key = -1;
    Deadline deadline{};
  };
  static constexpr std::size_t kSlots = 8192;
  std::vector<Slot> slots_;  // made on the first deadline: a file of errors only never pays for it
};

// `row` is overwritten (its storage reused).
void check_order(const CsvRecord& record, const OrderFile& file, DeadlineMemo& memo, OrderRow& row);

}  // namespace dc::bulk
