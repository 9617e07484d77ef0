// Which column of an order file holds what, from its header, in French or English, whatever the
// case, accents and punctuation ("Date de réception", "RECEIVED", "N° de commande", "Amount").
#pragma once
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace dc::bulk {

enum class Role {
  other,      // kept as it is, not read
  order,      // the order's reference, shown with the row
  received,   // the day the goods were received: the start of the withdrawal period (L221-18)
  territory,  // whose public holidays count; the check's territory when empty
  amount,     // the amount paid, read and given back in cents
};

std::string_view role_code(Role r);  // "order", "received", … ("" for other)

// The role of one header name. Delivery dates ("date de livraison", "delivered") count as the
// date of receipt when no column names the receipt itself: a period counted from an earlier day
// ends earlier, never later (the safe side).
Role role_of_header(std::string_view header);

struct ColumnMap {
  std::vector<Role> roles;  // one per header cell
  std::optional<std::size_t> order, received, territory, amount;
  std::vector<std::string> unused;  // header names of columns not read: their role was taken by another
};

ColumnMap map_columns(std::span<const std::string> header);

}  // namespace dc::bulk
