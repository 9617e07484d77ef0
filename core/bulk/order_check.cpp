// A row: its cells read (cell_values), then the deadline of goods_withdrawal (L221-18, L221-19).
#include "bulk/order_check.hpp"
#include "api/request.hpp"
#include "bulk/message.hpp"
#include "calendar/iso_date.hpp"
#include "money/amount.hpp"

namespace dc::bulk {
namespace {

// "metropole, alsace-moselle, …": the codes of calendar/territory.hpp.
std::string territory_codes() {
  std::string out;
  for (const Territory t : all_territories()) {
    if (!out.empty()) out += ", ";
    out += territory_code(t);
  }
  return out;
}

using Parts = std::initializer_list<std::string_view>;

class RowErrors {
 public:
  RowErrors(const CsvRecord& record, Lang lang, std::vector<RowError>& out)
      : line_(record.line), lang_(lang), out_(out) {}

  // "Ligne 5, colonne « Date de réception » : " then the parts in the person's language.
  void add(std::string_view column, Parts fr, Parts en) {
    const std::string line = std::to_string(line_);
    std::string text = column.empty() ? say(lang_, {"Ligne ", line, " : "}, {"Line ", line, ": "})
                                      : say(lang_, {"Ligne ", line, ", colonne « ", column, " » : "},
                                            {"Line ", line, ", column \"", column, "\": "});
    text += joined(lang_ == Lang::en ? en : fr);
    out_.push_back({std::string(column), std::move(text)});
  }

  Lang lang() const { return lang_; }

 private:
  std::size_t line_;
  Lang lang_;
  std::vector<RowError>& out_;
};

// The cell as typed, quoted for a message: « 31/02/2026 » or "31/02/2026".
std::string shown(std::string_view cell, Lang lang) {
  const std::string typed = api::quote_input(trim(cell));
  return say(lang, {"« ", typed, " »"}, {"\"", typed, "\""});
}

std::optional<date::sys_days> read_received(std::string_view cell, std::string_view column, RowErrors& errors,
                                            DateStyle& style) {
  const CellDate d = read_cell_date(cell);
  style = d.style;
  const std::string c = shown(cell, errors.lang());
  const bool dmy = d.style == DateStyle::day_month_year;
  switch (d.error) {
    case CellDateError::none: return d.day;
    case CellDateError::empty:
      errors.add(column, {"la date de réception manque."}, {"the date of receipt is missing."});
      break;
    case CellDateError::format:
      errors.add(column, {c, " n'est pas une date : écrivez JJ/MM/AAAA (14/01/2026) ou AAAA-MM-JJ (2026-01-14)."},
                 {c, " is not a date: write DD/MM/YYYY (14/01/2026) or YYYY-MM-DD (2026-01-14)."});
      break;
    case CellDateError::two_digit_year:
      errors.add(column, {c, " : écrivez l'année en entier, sur quatre chiffres (14/01/2026)."},
                 {c, ": write the year in full, with four digits (14/01/2026)."});
      break;
    case CellDateError::impossible:
      errors.add(column, {c, " n'existe pas dans le calendrier", dmy ? " (lu jour/mois/année)." : "."},
                 {c, " does not exist in the calendar", dmy ? " (read as day/month/year)." : "."});
      break;
    case CellDateError::out_of_range:
      errors.add(column, {c, " est hors des années acceptées (1583 à 9998)."},
                 {c, " is outside the accepted years (1583 to 9998)."});
      static_assert(kMinYear == 1583 && kMaxYear == 9998, "the message above names the accepted years");
      break;
    case CellDateError::time_zone:
      errors.add(column, {c, " porte un fuseau horaire : le jour chez vous n'est pas certain ; écrivez la date seule (14/01/2026)."},
                 {c, " has a time zone: the local day is not certain; write the date alone (14/01/2026)."});
      break;
  }
  return std::nullopt;
}

std::optional<Territory> read_row_territory(std::string_view cell, std::string_view column, RowErrors& errors) {
  const CellTerritory t = read_territory(cell);
  if (t.territory) return t.territory;
  const std::string c = shown(cell, errors.lang());
  if (t.has_own_rules) {
    errors.add(column,
               {c, " a ses propres règles de consommation : le Code de la consommation ne s'y applique pas tel quel, "
                   "et DroitConso ne le couvre pas."},
               {c, " has its own consumer rules: the French Consumer Code does not apply there as such, and DroitConso "
                   "does not cover it."});
    return std::nullopt;
  }
  const std::string codes = territory_codes();
  errors.add(column, {c, " n'est pas un territoire connu ; indiquez l'un de : ", codes, "."},
             {c, " is not a known territory; give one of: ", codes, "."});
  return std::nullopt;
}

// The amount paid, by the product's amount reader (money/amount.hpp); an empty cell is no error:
// the deadline does not need it.
std::optional<Cents> read_row_amount(std::string_view cell, std::string_view column, RowErrors& errors) {
  const AmountReading a = read_amount(cell);
  if (a.cents || a.error == DecimalError::empty) return a.cents;
  const std::string why = api::amount_error_text(a.error, trim(cell), errors.lang());
  errors.add(column, {why}, {why});
  return std::nullopt;
}

std::string_view cell_at(const CsvRecord& record, const std::optional<std::size_t>& index) {
  if (!index || *index >= record.cells.size()) return {};
  return record.cells[*index];
}

// Cells past the header's last column, when some are not empty: the columns may be shifted.
bool has_extra_cells(const CsvRecord& record, std::size_t header_size) {
  for (std::size_t i = header_size; i < record.cells.size(); ++i)
    if (!trim(record.cells[i]).empty()) return true;
  return false;
}

}  // namespace

Deadline DeadlineMemo::get(date::sys_days received, Territory t, date::sys_days today) {
  // Days from 1 January 1583 (so never negative), times 9, plus the territory: 8,192 days in a row
  // (22 years) of one territory never share a slot, 9 being prime to the table's size.
  const long long days = received.time_since_epoch().count() - date::sys_days{date::year{kMinYear} / 1 / 1}.time_since_epoch().count();
  const long long key = days * 9 + static_cast<int>(t);
  if (slots_.empty()) slots_.resize(kSlots);
  Slot& slot = slots_[static_cast<std::size_t>(key) % kSlots];
  if (slot.key != key) {
    // Lang does not matter: only the dates of the result are kept.
    const WithdrawalResult r = goods_withdrawal({received, t, today}, Lang::fr);
    slot = {key, {r.end.safe, r.end.latest, r.from_today}};
  }
  return slot.deadline;
}

void check_order(const CsvRecord& record, const OrderFile& file, DeadlineMemo& memo, OrderRow& row) {
  row.received.reset();
  row.received_style = DateStyle::iso;
  row.territory.reset();
  row.amount_cents.reset();
  row.deadline.reset();
  row.errors.clear();
  RowErrors errors(record, file.lang, row.errors);
  const auto column = [&](const std::optional<std::size_t>& i) { return std::string_view(file.header[*i]); };

  if (record.unterminated_quote) {
    errors.add({}, {"un guillemet ouvert n'est jamais refermé : la suite du fichier a été lue comme un seul champ."},
               {"a quote is opened and never closed: the rest of the file was read as one field."});
    return;
  }
  if (has_extra_cells(record, file.header.size())) {
    const std::string n = std::to_string(record.cells.size()), m = std::to_string(file.header.size());
    errors.add({},
               {"la ligne a ", n, " champs, l'en-tête ", m,
                " : un séparateur de trop, ou un champ à mettre entre guillemets ? La ligne n'est pas lue."},
               {"the row has ", n, " fields, the header ", m,
                ": one separator too many, or a field to put in quotes? The row is not read."});
    return;
  }
  const ColumnMap& map = file.columns;
  if (!map.received) {  // the caller refuses such a file first; a row still says why it has no deadline
    errors.add({}, {"aucune colonne ne donne la date de réception."}, {"no column gives the date of receipt."});
    return;
  }
  row.received = read_received(cell_at(record, map.received), column(map.received), errors, row.received_style);
  row.territory = file.territory;
  if (map.territory && !trim(cell_at(record, map.territory)).empty())
    row.territory = read_row_territory(cell_at(record, map.territory), column(map.territory), errors);
  if (map.amount) row.amount_cents = read_row_amount(cell_at(record, map.amount), column(map.amount), errors);

  if (row.received && *row.received > file.today) {
    const std::string day = write_cell_date(*row.received, row.received_style);
    const std::string today = write_cell_date(file.today, row.received_style);
    errors.add(column(map.received),
               {"la date de réception (", day, ") est après la date du jour (", today,
                ") : indiquez le jour où le bien a été reçu."},
               {"the date of receipt (", day, ") is after today (", today, "): give the day the goods were received."});
    row.received.reset();
  }
  if (row.received && row.territory) row.deadline = memo.get(*row.received, *row.territory, file.today);
}

}  // namespace dc::bulk
