#include <catch2/catch.hpp>
#include <string>
#include <vector>
#include "bulk/order_columns.hpp"

using dc::bulk::map_columns;
using dc::bulk::Role;
using dc::bulk::role_of_header;

TEST_CASE("Header names in French and English, any case, accents or not") {
  CHECK(role_of_header("Date de réception") == Role::received);
  CHECK(role_of_header("DATE DE RECEPTION") == Role::received);
  CHECK(role_of_header("Réception") == Role::received);
  CHECK(role_of_header("Reçu le") == Role::received);
  CHECK(role_of_header("received") == Role::received);
  CHECK(role_of_header("Date received") == Role::received);
  CHECK(role_of_header("Date de livraison") == Role::received);
  CHECK(role_of_header("N° de commande") == Role::order);
  CHECK(role_of_header("Commande") == Role::order);
  CHECK(role_of_header("Order ID") == Role::order);
  CHECK(role_of_header("Territoire") == Role::territory);
  CHECK(role_of_header("territory") == Role::territory);
  CHECK(role_of_header("Montant TTC") == Role::amount);
  CHECK(role_of_header("Amount") == Role::amount);
  CHECK(role_of_header("Date de commande") == Role::other);  // the order date is not the receipt
  CHECK(role_of_header("Produit") == Role::other);
}

TEST_CASE("Columns are mapped: other columns are kept, not read") {
  const std::vector<std::string> header{"Commande", "Produit", "Date de réception", "Montant", "Territoire"};
  const auto m = map_columns(header);
  CHECK(*m.order == 0);
  CHECK(*m.received == 2);
  CHECK(*m.amount == 3);
  CHECK(*m.territory == 4);
  CHECK(m.roles[1] == Role::other);
  CHECK(m.unused.empty());
}

TEST_CASE("The date of receipt wins over a delivery date, in any order: a repeated role is reported") {
  const std::vector<std::string> header{"Date de livraison", "Réception", "Montant", "Total"};
  const auto m = map_columns(header);
  CHECK(*m.received == 1);
  CHECK(m.roles[0] == Role::other);
  CHECK(*m.amount == 2);
  CHECK(m.roles[3] == Role::other);
  CHECK(m.unused == std::vector<std::string>{"Date de livraison", "Total"});
  const auto delivery_only = map_columns(std::vector<std::string>{"order", "delivered"});
  CHECK(*delivery_only.received == 1);
  const auto none = map_columns(std::vector<std::string>{"a", "b"});
  CHECK_FALSE(none.received);
}
