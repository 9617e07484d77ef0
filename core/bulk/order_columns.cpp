// Header names of order files, folded ("Date de réception" -> "date-de-reception") and looked up.
#include "bulk/order_columns.hpp"
#include <array>
#include "bulk/cell_values.hpp"

namespace dc::bulk {
namespace {

struct HeaderName {
  std::string_view folded;
  Role role;
  bool fallback = false;  // a delivery date: read only when no column names the receipt itself
};

constexpr std::array<HeaderName, 52> kHeaderNames{{
    {"date-de-reception", Role::received}, {"reception", Role::received}, {"date-reception", Role::received},
    {"recu-le", Role::received}, {"date-de-reception-du-colis", Role::received}, {"reception-le", Role::received},
    {"date-de-livraison", Role::received, true}, {"livraison", Role::received, true}, {"date-livraison", Role::received, true},
    {"livre-le", Role::received, true}, {"received", Role::received}, {"received-on", Role::received},
    {"date-received", Role::received}, {"receipt-date", Role::received}, {"date-of-receipt", Role::received},
    {"reception-date", Role::received}, {"delivery-date", Role::received, true}, {"delivered", Role::received, true},
    {"delivered-on", Role::received, true}, {"date-delivered", Role::received, true},
    {"commande", Role::order}, {"n-de-commande", Role::order}, {"no-de-commande", Role::order},
    {"numero-de-commande", Role::order}, {"n-commande", Role::order}, {"num-commande", Role::order},
    {"reference", Role::order}, {"ref", Role::order}, {"reference-commande", Role::order},
    {"reference-de-commande", Role::order}, {"order", Role::order}, {"order-id", Role::order},
    {"order-number", Role::order}, {"order-no", Role::order}, {"order-ref", Role::order},
    {"order-reference", Role::order}, {"id", Role::order},
    {"territoire", Role::territory}, {"territory", Role::territory},
    {"montant", Role::amount}, {"montant-ttc", Role::amount}, {"montant-paye", Role::amount},
    {"prix", Role::amount}, {"prix-ttc", Role::amount}, {"total", Role::amount}, {"total-ttc", Role::amount},
    {"amount", Role::amount}, {"amount-paid", Role::amount}, {"price", Role::amount},
    {"total-amount", Role::amount}, {"montant-eur", Role::amount}, {"amount-eur", Role::amount},
}};

const HeaderName* find_header(std::string_view header) {
  const std::string name = folded(header);
  for (const auto& h : kHeaderNames)
    if (h.folded == name) return &h;
  return nullptr;
}

}  // namespace

std::string_view role_code(Role r) {
  switch (r) {
    case Role::order: return "order";
    case Role::received: return "received";
    case Role::territory: return "territory";
    case Role::amount: return "amount";
    case Role::other: return "";
  }
  return "";
}

Role role_of_header(std::string_view header) {
  const HeaderName* h = find_header(header);
  return h ? h->role : Role::other;
}

ColumnMap map_columns(std::span<const std::string> header) {
  ColumnMap map;
  map.roles.assign(header.size(), Role::other);
  bool received_is_fallback = false;
  for (std::size_t i = 0; i < header.size(); ++i) {
    const HeaderName* h = find_header(header[i]);
    if (!h) continue;
    std::optional<std::size_t>* slot = nullptr;
    switch (h->role) {
      case Role::order: slot = &map.order; break;
      case Role::received: slot = &map.received; break;
      case Role::territory: slot = &map.territory; break;
      case Role::amount: slot = &map.amount; break;
      case Role::other: break;
    }
    if (!slot) continue;
    if (!*slot) {
      *slot = i;
    } else if (h->role == Role::received && received_is_fallback && !h->fallback) {
      map.unused.push_back(header[**slot]);  // a delivery date gives way to the date of receipt
      map.roles[**slot] = Role::other;
      *slot = i;
    } else {
      map.unused.push_back(header[i]);  // the first column of a role is the one read
      continue;
    }
    map.roles[i] = h->role;
    if (h->role == Role::received) received_is_fallback = h->fallback;
  }
  return map;
}

}  // namespace dc::bulk
