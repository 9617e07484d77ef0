#include <catch2/catch.hpp>
#include <cstdint>
#include <string>
#include "api/bulk.hpp"
#include "api/json.hpp"

using dc::json::Value;

namespace {

Value check(const std::string& request, const std::string& csv) {
  const auto r = dc::json::parse(dc::api::check_orders(request, csv));
  REQUIRE(r.value);
  return *r.value;
}

const Value& row(const Value& result, std::size_t i) { return result.find("rows")->items().at(i); }
std::string text(const Value& v, const char* key) { return v.find(key) ? v.find(key)->text() : "(none)"; }
std::string first_message(const Value& r) { return r.find("errors")->items().at(0).find("message")->text(); }

constexpr const char* kToday = R"({"today":"2026-01-20","territory":"metropole"})";

// A French file as a spreadsheet saves it: BOM, ';', CRLF, quotes, a blank line, an empty row.
const std::string kFrenchFile =
    "\xEF\xBB\xBFN\xC2\xB0 de commande;Date de r\xC3\xA9" "ception;Montant;Territoire;Note\r\n"
    "A-1;14/01/2026;12,50;;\"colis ; ab\xC3\xAEm\xC3\xA9\"\r\n"                  // line 2: open, 8 days
    "\r\n"                                                                        // line 3: blank
    "A-2;2025-12-11;\"1 234,56\";Alsace-Moselle;\r\n"                            // line 4: closed
    "A-3;31/02/2026;10;;\r\n"                                                     // line 5: impossible date
    "A-4;14/01/26;douze;;\r\n"                                                    // line 6: two errors
    "A-5;20/01/2026;;Nouvelle-Cal\xC3\xA9" "donie;\r\n"                           // line 7: own rules
    "A-6;25/01/2026;;;\r\n"                                                       // line 8: after today
    "A-7;10/01/2026;5;;\r\n"                                                      // line 9: open, 6 days
    "A-8;14/01/2026;1;;x;extra\r\n"                                               // line 10: shifted columns
    ";;;;\r\n";                                                                   // line 11: empty row

}  // namespace

TEST_CASE("Bulk: every row of a French file gets its deadline or its reasons, none is dropped") {
  const Value r = check(kToday, kFrenchFile);
  REQUIRE(r.find("ok")->as_bool());
  CHECK(text(r, "encoding") == "utf-8-bom");
  CHECK(text(r, "separator") == ";");
  CHECK(r.find("next")->is(Value::Type::null));
  const Value& counts = *r.find("counts");
  CHECK(counts.find("rows")->text() == "8");
  CHECK(counts.find("open")->text() == "2");
  CHECK(counts.find("closed")->text() == "1");
  CHECK(counts.find("uncertain")->text() == "0");
  CHECK(counts.find("error")->text() == "5");
  CHECK(counts.find("flagged")->text() == "5");
  const auto& columns = r.find("columns")->items();
  REQUIRE(columns.size() == 5);
  CHECK(text(columns[0], "role") == "order");
  CHECK(text(columns[1], "role") == "received");
  CHECK(text(columns[1], "name") == "Date de r\xC3\xA9" "ception");
  CHECK(columns[4].find("role")->is(Value::Type::null));

  const Value& a1 = row(r, 0);
  CHECK(text(a1, "line") == "2");
  CHECK(text(a1, "status") == "open");
  CHECK(text(*a1.find("deadline"), "safe") == "2026-01-28");  // periods.csv: 14 January -> 28 January
  CHECK(text(a1, "daysLeft") == "8");
  CHECK(text(a1, "received") == "2026-01-14");
  CHECK(text(a1, "territory") == "metropole");
  CHECK(text(a1, "amount") == "1250");
  CHECK(a1.find("cells")->items().at(4).text() == "colis ; ab\xC3\xAEm\xC3\xA9");
  CHECK_FALSE(a1.find("errors"));

  const Value& a2 = row(r, 1);
  CHECK(text(a2, "line") == "4");
  CHECK(text(a2, "status") == "closed");
  CHECK(text(*a2.find("deadline"), "safe") == "2025-12-29");  // Alsace-Moselle: 25 and 26 December
  CHECK(text(a2, "territory") == "alsace-moselle");
  CHECK(text(a2, "amount") == "123456");

  const Value& a3 = row(r, 2);
  CHECK(text(a3, "status") == "error");
  CHECK_FALSE(a3.find("deadline"));
  CHECK(text(a3.find("errors")->items().at(0), "column") == "Date de r\xC3\xA9" "ception");
  CHECK(first_message(a3) ==
        "Ligne 5, colonne \xC2\xAB Date de r\xC3\xA9" "ception \xC2\xBB : \xC2\xAB 31/02/2026 \xC2\xBB n'existe pas "
        "dans le calendrier (lu jour/mois/ann\xC3\xA9" "e).");

  const Value& a4 = row(r, 3);
  REQUIRE(a4.find("errors")->items().size() == 2);
  CHECK(first_message(a4).find("quatre chiffres") != std::string::npos);
  CHECK(text(a4.find("errors")->items().at(1), "column") == "Montant");

  CHECK(first_message(row(r, 4)).find("propres r\xC3\xA8gles") != std::string::npos);
  CHECK(first_message(row(r, 5)).find("est apr\xC3\xA8s la date du jour (20/01/2026)") != std::string::npos);
  const Value& a7 = row(r, 6);
  CHECK(text(*a7.find("deadline"), "safe") == "2026-01-26");  // periods.csv: Saturday, Sunday
  CHECK(text(a7, "daysLeft") == "6");
  const Value& a8 = row(r, 7);
  CHECK(text(a8, "line") == "10");
  CHECK(text(a8.find("errors")->items().at(0), "column").empty());
  CHECK(first_message(a8).find("la ligne a 6 champs, l'en-t\xC3\xAAte 5") != std::string::npos);
}

TEST_CASE("Bulk: an uncertain deadline gives both dates") {
  const Value r = check(R"({"today":"2026-04-04","territory":"alsace-moselle"})", "received\n20/03/2026\n");
  const Value& a = row(r, 0);
  CHECK(text(a, "status") == "uncertain");
  CHECK(text(*a.find("deadline"), "safe") == "2026-04-03");
  CHECK(text(*a.find("deadline"), "latest") == "2026-04-07");
  CHECK(text(a, "daysLeft") == "0");
}

TEST_CASE("Bulk: an English file with ',' and LF: messages in English") {
  const Value r = check(R"({"today":"2026-01-20","territory":"guadeloupe","lang":"en"})",
                        "order,received,amount\n1,2026-05-13,\"1,234.56\"\n2,2026-13-01,\n");
  CHECK(text(r, "separator") == ",");
  CHECK(text(r, "encoding") == "utf-8");
  CHECK(text(row(r, 0), "amount") == "123456");
  CHECK(text(row(r, 0), "status") == "error");  // received after today
  CHECK(first_message(row(r, 1)) == "Line 3, column \"received\": \"2026-13-01\" does not exist in the calendar.");
}

TEST_CASE("Bulk: an unreadable amount is an error on the row, whose deadline is still given") {
  const Value r = check(kToday, "received;amount\n14/01/2026;douze\n");
  const Value& a = row(r, 0);
  CHECK(text(a, "status") == "open");
  CHECK(text(*a.find("deadline"), "safe") == "2026-01-28");
  CHECK_FALSE(a.find("amount"));
  // The words of every amount field of the API (api/request.hpp, amount_error_text).
  CHECK(first_message(a) == "Ligne 2, colonne \xC2\xAB amount \xC2\xBB : \xC2\xAB douze \xC2\xBB n'est pas un montant "
                            "en euros ; \xC3\xA9" "crivez par exemple 249,90 ou 1 249,90 \xE2\x82\xAC.");
  CHECK(r.find("counts")->find("flagged")->text() == "1");
  CHECK(r.find("counts")->find("error")->text() == "0");
}

TEST_CASE("Bulk: a Windows-1252 file is read") {
  const Value r = check(kToday, "Date de r\xE9" "ception;Montant\n14/01/2026;12,50 \x80\n");
  CHECK(text(r, "encoding") == "windows-1252");
  CHECK(text(r.find("columns")->items().at(0), "role") == "received");
  CHECK(text(row(r, 0), "amount") == "1250");
}

TEST_CASE("Bulk: the result as CSV, same separator, dates in the file's style") {
  const Value r = check(R"({"today":"2026-01-20","territory":"metropole","format":"csv"})", kFrenchFile);
  const std::string csv = text(r, "csv");
  CHECK_FALSE(r.find("rows"));
  CHECK(csv.rfind("\xEF\xBB\xBFN\xC2\xB0 de commande;Date de r\xC3\xA9" "ception;Montant;Territoire;Note;"
                  "Date limite (s\xC3\xBBre);Date limite (au plus tard);Statut;Jours restants;Erreur\r\n"
                  "A-1;14/01/2026;12,50;;\"colis ; ab\xC3\xAEm\xC3\xA9\";28/01/2026;28/01/2026;ouvert;8;\r\n"
                  "A-2;2025-12-11;1 234,56;Alsace-Moselle;;2025-12-29;2025-12-29;expir\xC3\xA9;0;\r\n"
                  "A-3;31/02/2026;10;;;;;erreur;;Ligne 5, colonne",
                  0) == 0);
  CHECK(csv.find("A-8;14/01/2026;1;;x;extra;;;erreur;;Ligne 10 : la ligne a 6 champs") != std::string::npos);
}

TEST_CASE("Bulk: slices with limit and from give the same rows as one call") {
  const Value whole = check(kToday, kFrenchFile);
  std::string request = R"({"today":"2026-01-20","territory":"metropole","limit":3})";
  std::string seen;
  int calls = 0;
  for (;;) {
    const Value part = check(request, kFrenchFile);
    REQUIRE(part.find("ok")->as_bool());
    for (const auto& r : part.find("rows")->items()) seen += text(r, "line") + text(r, "status") + ",";
    const Value& next = *part.find("next");
    if (next.is(Value::Type::null)) break;
    request = R"({"today":"2026-01-20","territory":"metropole","limit":3,"from":{"offset":)" + text(next, "offset") +
              R"(,"line":)" + text(next, "line") + "}}";
    REQUIRE(++calls < 10);
  }
  std::string expected;
  for (const auto& r : whole.find("rows")->items()) expected += text(r, "line") + text(r, "status") + ",";
  CHECK(seen == expected);
  CHECK(calls == 2);
}

TEST_CASE("Bulk: bad requests and unreadable files name the field") {
  auto field = [](const Value& v) { return v.find("errors")->items().at(0).find("field")->text(); };
  CHECK(field(check(R"({"territory":"metropole"})", kFrenchFile)) == "today");
  CHECK(field(check(R"({"today":"2026-01-20","territory":"mars"})", kFrenchFile)) == "territory");
  CHECK(field(check(R"({"today":"2026-01-20","territory":"metropole","format":"xls"})", kFrenchFile)) == "format");
  CHECK(field(check(R"({"today":"2026-01-20","territory":"metropole","from":{"offset":-1}})", kFrenchFile)) == "from");
  CHECK(field(check(R"({"today":"2026-01-20","territory":"metropole","from":{"offset":3,"line":1}})", kFrenchFile)) == "from");
  CHECK(field(check("nope", kFrenchFile)) == "request");
  CHECK(field(check(R"({"today":"2026-01-20","territory":"metropole","lang":"de"})", kFrenchFile)) == "lang");
  const Value none = check(kToday, "Produit;Prix\nx;1\n");
  CHECK(field(none) == "csv");
  CHECK(first_message(none).find("Colonnes lues : \xC2\xAB Produit \xC2\xBB, \xC2\xAB Prix \xC2\xBB") != std::string::npos);
  CHECK(field(check(kToday, "")) == "csv");
  CHECK(field(check(kToday, "\n\r\n")) == "csv");
  CHECK(field(check(kToday, std::string("\xFF\xFE" "r\0", 4))) == "csv");
  const Value warned = check(R"({"today":"2026-01-20","territory":"metropole","colour":"red"})",
                             "Date de livraison;Reception\n01/01/2026;02/01/2026\n");
  CHECK(text(row(warned, 0), "received") == "2026-01-02");
  REQUIRE(warned.find("warnings")->items().size() == 2);
  CHECK(text(warned.find("warnings")->items().at(1), "field") == "colour");
}

// A million rows through the wasm module: tests/node/bulk.test.js; the reader alone: csv_reader_test.cpp.
TEST_CASE("Bulk: 250,000 orders in one call") {
  std::string csv = "Commande;Date de r\xC3\xA9" "ception;Montant\r\n";
  constexpr int kRows = 250'000;
  csv.reserve(static_cast<std::size_t>(kRows) * 30);
  const char* days[] = {"14/01/2026", "2026-01-10", "02/01/2026", "31/02/2026"};  // open, open, closed, error
  for (int i = 0; i < kRows; ++i) csv += "A-" + std::to_string(i) + ";" + days[i % 4] + ";12,50\r\n";
  const std::string out = dc::api::check_orders(R"({"today":"2026-01-20","territory":"metropole","format":"csv"})", csv);
  CHECK(out.find(R"("counts":{"rows":250000,"open":125000,"uncertain":0,"closed":62500,"error":62500,"flagged":62500})") !=
        std::string::npos);
  CHECK(out.find(R"(A-249999;31/02/2026;12,50;;;erreur;;Ligne 250001, colonne)") != std::string::npos);
}

TEST_CASE("Bulk: random files never crash, and always give valid JSON") {
  // Deterministic pseudo-random bytes drawn mostly from CSV's own characters.
  std::uint32_t state = 12345;
  auto next = [&state]() {
    state = state * 1664525u + 1013904223u;
    return state >> 8;
  };
  const std::string alphabet = "\";,\t\r\n 0123456789/-.aeRr\xC3\xA9\xE9\xEF\xBB\xBF";
  for (int file = 0; file < 2000; ++file) {
    std::string csv = file % 3 ? "Date de r\xC3\xA9" "ception;Montant;Territoire\n" : "";
    const std::size_t size = next() % 120;
    for (std::size_t i = 0; i < size; ++i) csv += alphabet[next() % alphabet.size()];
    const std::string out = dc::api::check_orders(R"({"today":"2026-01-20","territory":"metropole","limit":7})", csv);
    const auto parsed = dc::json::parse(out);
    REQUIRE(parsed.value);
    const Value& v = *parsed.value;
    if (!v.find("ok")->as_bool()) continue;
    std::size_t n = v.find("rows")->items().size();
    CHECK(v.find("counts")->find("rows")->text() == std::to_string(n));
    CHECK(n <= 7);
  }
}
