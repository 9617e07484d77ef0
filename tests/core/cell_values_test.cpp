#include <catch2/catch.hpp>
#include "bulk/cell_values.hpp"

using namespace date::literals;
using dc::Territory;
using dc::bulk::CellDateError;
using dc::bulk::DateStyle;
using dc::bulk::read_cell_date;
using dc::bulk::read_territory;

TEST_CASE("Dates: JJ/MM/AAAA and ISO, with or without a local time") {
  const date::sys_days jan14{2026_y / 1 / 14};
  CHECK(*read_cell_date("14/01/2026").day == jan14);
  CHECK(read_cell_date("14/01/2026").style == DateStyle::day_month_year);
  CHECK(*read_cell_date("2026-01-14").day == jan14);
  CHECK(read_cell_date("2026-01-14").style == DateStyle::iso);
  CHECK(*read_cell_date(" 14/1/2026 ").day == jan14);
  CHECK(*read_cell_date("14.01.2026").day == jan14);
  CHECK(*read_cell_date("14-01-2026").day == jan14);
  CHECK(*read_cell_date("2026/01/14").day == jan14);
  CHECK(*read_cell_date("14/01/2026 10:32").day == jan14);
  CHECK(*read_cell_date("2026-01-14T23:59:59.123").day == jan14);
  CHECK(*read_cell_date("4/2/2026").day == date::sys_days{2026_y / 2 / 4});  // day first, never month first
  CHECK(*read_cell_date("\xC2\xA0" "14/01/2026").day == jan14);             // a no-break space around
}

TEST_CASE("Bad dates are told apart") {
  CHECK(read_cell_date("").error == CellDateError::empty);
  CHECK(read_cell_date("   ").error == CellDateError::empty);
  CHECK(read_cell_date("31/02/2026").error == CellDateError::impossible);
  CHECK(read_cell_date("29/02/2025").error == CellDateError::impossible);
  CHECK(read_cell_date("01/14/2026").error == CellDateError::impossible);  // month-first is not guessed
  CHECK(read_cell_date("2026-02-30").error == CellDateError::impossible);
  CHECK(read_cell_date("14/01/26").error == CellDateError::two_digit_year);
  CHECK(read_cell_date("14 janvier 2026").error == CellDateError::format);
  CHECK(read_cell_date("14/01-2026").error == CellDateError::format);
  CHECK(read_cell_date("14/01/2026/1").error == CellDateError::format);
  CHECK(read_cell_date("2026-01-14T10:00:00Z").error == CellDateError::time_zone);
  CHECK(read_cell_date("2026-01-14T10:00:00+01:00").error == CellDateError::time_zone);
  CHECK(read_cell_date("14/01/2026 midi").error == CellDateError::format);
  CHECK(read_cell_date("14/01/1200").error == CellDateError::out_of_range);
  CHECK(read_cell_date("123/01/2026").error == CellDateError::format);
  CHECK(read_cell_date("2026-1-5").error == CellDateError::format);  // year first: as strict as ISO
  CHECK(read_cell_date("0000-01-01").error == CellDateError::out_of_range);
  CHECK(read_cell_date("01/01/99999").error == CellDateError::format);
  CHECK(read_cell_date("\xEF\xBC\x91\xEF\xBC\x94/01/2026").error == CellDateError::format);  // full-width digits
}

TEST_CASE("Dates are written back in the file's style") {
  const date::sys_days d{2026_y / 1 / 4};
  CHECK(dc::bulk::write_cell_date(d, DateStyle::day_month_year) == "04/01/2026");
  CHECK(dc::bulk::write_cell_date(d, DateStyle::iso) == "2026-01-04");
}

TEST_CASE("Territories by code or name") {
  CHECK(*read_territory("metropole").territory == Territory::metropole);
  CHECK(*read_territory("Métropole").territory == Territory::metropole);
  CHECK(*read_territory("France métropolitaine").territory == Territory::metropole);
  CHECK(*read_territory("LA RÉUNION").territory == Territory::la_reunion);
  CHECK(*read_territory("Réunion").territory == Territory::la_reunion);
  CHECK(*read_territory("alsace-moselle").territory == Territory::alsace_moselle);
  CHECK(*read_territory("Bas-Rhin").territory == Territory::alsace_moselle);
  CHECK(*read_territory("Saint-Barthélemy").territory == Territory::saint_barthelemy);
  CHECK(*read_territory("Guyane française").territory == Territory::guyane);
  const auto nc = read_territory("Nouvelle-Calédonie");
  CHECK_FALSE(nc.territory);
  CHECK(nc.has_own_rules);
  const auto france = read_territory("France");  // metropolitan or overseas: not guessed
  CHECK_FALSE(france.territory);
  CHECK_FALSE(france.has_own_rules);
}

TEST_CASE("Folding for names") {
  CHECK(dc::bulk::folded("N\xC2\xB0 de commande") == "n-de-commande");
  CHECK(dc::bulk::folded("  Date de R\xC3\x89" "CEPTION ") == "date-de-reception");
  CHECK(dc::bulk::folded("Montant (TTC)") == "montant-ttc");
  CHECK(dc::bulk::folded("C\xC5\x93ur") == "coeur");
}
