// The bulk check: reads the request (like every question, errors name the field), makes the file
// UTF-8, maps its columns, checks each row, and writes the result straight into one string (a
// json::Value per cell would cost a hundred bytes of heap each on 100,000 rows).
#include "api/bulk.hpp"
#include <algorithm>
#include <array>
#include <charconv>
#include "api/json.hpp"
#include "api/request.hpp"
#include "bulk/message.hpp"
#include "bulk/order_check.hpp"
#include "bulk/text_encoding.hpp"
#include "calendar/iso_date.hpp"

namespace dc::api {
namespace {

using bulk::CsvReader;
using bulk::CsvRecord;
using bulk::OrderRow;

struct Options {
  date::sys_days today;
  Territory territory;
  bool csv = false;
  std::size_t from_offset = 0, from_line = 1;
  bool from_given = false;
  std::size_t limit = static_cast<std::size_t>(-1);
};

std::string failure(const std::vector<FieldError>& errors) { return json::serialize(failure_json(errors)); }

void put_number(json::TextWriter& out, long long n) { out.put(std::to_string(n)); }

// A JSON number that is a whole number of at most 18 digits, else -1.
long long whole_number(const json::Value* v) {
  if (!v || !v->is(json::Value::Type::number)) return -1;
  const std::string& t = v->text();
  long long n = -1;
  const auto r = std::from_chars(t.data(), t.data() + t.size(), n);
  return r.ec == std::errc{} && r.ptr == t.data() + t.size() ? n : -1;
}

std::optional<Options> read_options(const json::Value& root, Request& req) {
  Options o;
  const auto today = req.date("today", {"la date du jour", "today's date"}, true);
  const auto territory = req.territory();
  static constexpr std::array<std::string_view, 2> kFormats{"json", "csv"};
  const auto format = req.choice("format", {"le format du résultat", "the format of the result"}, kFormats, false);
  const auto limit = req.integer("limit", {"le nombre de lignes", "the number of rows"}, 1, 1'000'000'000, false);
  req.mark_known("from");
  if (const json::Value* from = root.find("from"); from && !from->is(json::Value::Type::null)) {
    const json::Value* offset = from->is(json::Value::Type::object) ? from->find("offset") : nullptr;
    const json::Value* line = from->is(json::Value::Type::object) ? from->find("line") : nullptr;
    const long long off = whole_number(offset), ln = whole_number(line);
    if (off < 0 || ln < 1)
      req.error("from", "La reprise (from) doit être l'objet « next » d'un résultat précédent, {\"offset\":…,\"line\":…}.",
                "The resume point (from) must be the \"next\" object of an earlier result, {\"offset\":…,\"line\":…}.");
    o.from_offset = static_cast<std::size_t>(off);
    o.from_line = static_cast<std::size_t>(ln);
    o.from_given = true;
  }
  if (!today || !territory || !req.errors().empty()) return std::nullopt;
  o.today = *today;
  o.territory = *territory;
  o.csv = format && *format == "csv";
  if (limit) o.limit = static_cast<std::size_t>(*limit);
  return o;
}

std::string_view status_code(const OrderRow& row) {
  if (!row.deadline) return "error";
  switch (row.deadline->from_today.status) {
    case DeadlineStatus::open: return "open";
    case DeadlineStatus::uncertain: return "uncertain";
    case DeadlineStatus::closed: return "closed";
  }
  return "error";
}

std::string_view status_word(const OrderRow& row, Lang lang) {
  if (!row.deadline) return lang == Lang::en ? "error" : "erreur";
  switch (row.deadline->from_today.status) {
    case DeadlineStatus::open: return lang == Lang::en ? "open" : "ouvert";
    case DeadlineStatus::uncertain: return lang == Lang::en ? "uncertain" : "incertain";
    case DeadlineStatus::closed: return lang == Lang::en ? "closed" : "expiré";
  }
  return "";
}

std::string_view encoding_code(bulk::Encoding e) {
  switch (e) {
    case bulk::Encoding::utf8: return "utf-8";
    case bulk::Encoding::utf8_with_bom: return "utf-8-bom";
    case bulk::Encoding::windows_1252: return "windows-1252";
    case bulk::Encoding::utf16: return "utf-16";
  }
  return "";
}

struct Counts {
  std::size_t rows = 0, open = 0, uncertain = 0, closed = 0, error = 0, flagged = 0;
  void add(const OrderRow& row) {
    ++rows;
    if (!row.errors.empty()) ++flagged;
    const std::string_view s = status_code(row);
    if (s == "open") ++open;
    else if (s == "uncertain") ++uncertain;
    else if (s == "closed") ++closed;
    else ++error;
  }
};

// One row of the JSON result.
void put_json_row(json::TextWriter& out, const CsvRecord& rec, const OrderRow& row) {
  out.put("{\"line\":");
  put_number(out, static_cast<long long>(rec.line));
  out.put(",\"cells\":[");
  for (std::size_t i = 0; i < rec.cells.size(); ++i) {
    if (i) out.put(',');
    out.quoted(rec.cells[i]);
  }
  out.put(']');
  if (row.received) {
    out.put(",\"received\":");
    out.quoted(iso_date(*row.received));
  }
  if (row.territory) {
    out.put(",\"territory\":");
    out.quoted(territory_code(*row.territory));
  }
  if (row.amount_cents) {
    out.put(",\"amount\":");
    put_number(out, *row.amount_cents);
  }
  if (row.deadline) {
    out.put(",\"deadline\":{\"safe\":");
    out.quoted(iso_date(row.deadline->safe));
    out.put(",\"latest\":");
    out.quoted(iso_date(row.deadline->latest));
    out.put("},\"daysLeft\":");
    put_number(out, row.deadline->from_today.days_left);
  }
  out.put(",\"status\":");
  out.quoted(status_code(row));
  if (!row.errors.empty()) {
    out.put(",\"errors\":[");
    for (std::size_t i = 0; i < row.errors.size(); ++i) {
      if (i) out.put(',');
      out.put("{\"column\":");
      out.quoted(row.errors[i].column);
      out.put(",\"message\":");
      out.quoted(row.errors[i].message);
      out.put('}');
    }
    out.put(']');
  }
  out.put('}');
}

class CsvWriter {
 public:
  CsvWriter(std::string& out, char sep, std::string_view line_end) : out_(out), sep_(sep), line_end_(line_end) {}

  void cell(std::string_view s) {
    if (!first_) out_ += sep_;
    first_ = false;
    if (s.find_first_of(std::string_view{"\"\r\n", 3}) == std::string_view::npos && s.find(sep_) == std::string_view::npos) {
      out_ += s;
      return;
    }
    out_ += '"';
    for (char c : s) {
      if (c == '"') out_ += '"';
      out_ += c;
    }
    out_ += '"';
  }

  void end_row() {
    out_ += line_end_;
    first_ = true;
  }

 private:
  std::string& out_;
  char sep_;
  std::string_view line_end_;
  bool first_ = true;
};

void put_csv_header(CsvWriter& w, const CsvRecord& header, Lang lang) {
  for (const auto& c : header.cells) w.cell(c);
  w.cell(tr(lang, "Date limite (sûre)", "Deadline (safe)"));
  w.cell(tr(lang, "Date limite (au plus tard)", "Deadline (latest)"));
  w.cell(tr(lang, "Statut", "Status"));
  w.cell(tr(lang, "Jours restants", "Days left"));
  w.cell(tr(lang, "Erreur", "Error"));
  w.end_row();
}

void put_csv_row(CsvWriter& w, const CsvRecord& rec, const OrderRow& row, std::size_t columns, Lang lang) {
  for (std::size_t i = 0; i < std::max(columns, rec.cells.size()); ++i) w.cell(i < rec.cells.size() ? rec.cells[i] : "");
  if (row.deadline) {
    w.cell(bulk::write_cell_date(row.deadline->safe, row.received_style));
    w.cell(bulk::write_cell_date(row.deadline->latest, row.received_style));
  } else {
    w.cell("");
    w.cell("");
  }
  w.cell(status_word(row, lang));
  w.cell(row.deadline ? std::to_string(row.deadline->from_today.days_left) : "");
  std::string errors;
  for (const auto& e : row.errors) {
    if (!errors.empty()) errors += lang == Lang::en ? "; " : " ; ";
    errors += e.message;
  }
  w.cell(errors);
  w.end_row();
}

}  // namespace

std::string check_orders(std::string_view request_json, std::string_view csv) {
  const json::ParseResult parsed = json::parse(request_json);
  if (!parsed.value || !parsed.value->is(json::Value::Type::object))
    return failure({{"request", "La demande doit être un objet JSON, par exemple {\"today\":\"2026-01-20\",\"territory\":\"metropole\"}."}});
  const json::Value& root = *parsed.value;
  Lang lang = Lang::fr;
  bool bad_lang = false;
  if (const json::Value* l = root.find("lang")) {  // as api/answer.cpp reads it
    if (l->is(json::Value::Type::string) && l->text() == "en") lang = Lang::en;
    else bad_lang = !(l->is(json::Value::Type::string) && l->text() == "fr");
  }
  Request req(root, lang);
  req.mark_known("lang");
  req.mark_known("question");
  if (bad_lang) req.error("lang", "La langue (lang) doit être \"fr\" ou \"en\".", "The language (lang) must be \"fr\" or \"en\".");
  const auto options = read_options(root, req);
  if (!options) return failure(req.errors());
  const Options& o = *options;

  std::string storage;
  const bulk::Utf8Text file = bulk::as_utf8(csv, storage);
  const std::string_view text = file.text;
  if (file.encoding == bulk::Encoding::utf16)
    return failure({{"csv", tr(lang, "Le fichier est en UTF-16 : enregistrez-le en « CSV UTF-8 » ou « CSV (séparateur : point-virgule) ».",
                               "The file is in UTF-16: save it as \"CSV UTF-8\" or \"CSV (comma delimited)\".")}});
  const char sep = bulk::detect_separator(text);
  CsvReader header_reader(text, sep);
  CsvRecord header;
  if (!header_reader.next(header))
    return failure({{"csv", tr(lang, "Le fichier est vide : il faut une ligne d'en-tête, puis une ligne par commande.",
                               "The file is empty: it needs a header line, then one line per order.")}});
  const bulk::ColumnMap columns = bulk::map_columns(header.cells);
  if (!columns.received) {
    std::string names;
    for (const auto& h : header.cells) names += bulk::joined({names.empty() ? "« " : ", « ", api::quote_input(h), " »"});
    return failure({{"csv", bulk::say(lang,
                                      {"Aucune colonne ne donne la date de réception : nommez-la Date de réception (ou "
                                       "Réception, Reçu le, Date de livraison, Received, Delivery date…). Colonnes lues : ",
                                       names, "."},
                                      {"No column gives the date of receipt: name it Received (or Date received, Delivery "
                                       "date, Date de réception…). Columns read: ",
                                       names, "."})}});
  }
  if (o.from_given && (o.from_offset < header_reader.offset() || o.from_offset > text.size()))
    return failure({{"from", tr(lang, "La reprise (from) ne tombe pas dans ce fichier : recommencez depuis le début.",
                                "The resume point (from) is not inside this file: start again from the beginning.")}});

  const bulk::OrderFile order_file{header.cells, columns, o.today, o.territory, lang};
  bulk::DeadlineMemo memo;
  CsvReader reader = o.from_given ? CsvReader(text, sep, o.from_offset, o.from_line) : header_reader;
  CsvRecord record;
  OrderRow row;
  Counts counts;
  const bool crlf = header_reader.offset() >= 2 && text[header_reader.offset() - 2] == '\r' &&
                    text[header_reader.offset() - 1] == '\n';
  // One text, written once, in order: what is known before the rows, the rows, then the counts
  // (a result of 100,000 rows is tens of megabytes: it is never copied).
  // The result is about 2 (CSV) or 3 (JSON) times the text it reads: this call's part of it, at most.
  const std::size_t remaining = text.size() - std::min(text.size(), reader.offset());
  const std::size_t slice = o.limit > remaining / 16 ? remaining : o.limit * 16;  // rows of 16 bytes and more
  json::TextWriter out(slice * (o.csv ? 2 : 3) + 1024);
  out.put("{\"ok\":true,\"encoding\":");
  out.quoted(encoding_code(file.encoding));
  out.put(",\"separator\":");
  out.quoted(std::string_view(&sep, 1));
  out.put(",\"columns\":[");
  for (std::size_t i = 0; i < header.cells.size(); ++i) {
    if (i) out.put(',');
    out.put("{\"name\":");
    out.quoted(header.cells[i]);
    out.put(",\"role\":");
    if (columns.roles[i] == bulk::Role::other) out.put("null");
    else out.quoted(bulk::role_code(columns.roles[i]));
    out.put('}');
  }
  out.put(']');
  std::vector<std::pair<std::string, std::string>> warnings;
  for (const auto& name : columns.unused)
    warnings.push_back({"csv", bulk::say(lang, {"La colonne « ", name, " » n'est pas lue : une autre colonne a déjà ce rôle."},
                                         {"The column \"", name, "\" is not read: another column already has that role."})});
  for (const auto& f : req.unknown_fields())
    warnings.push_back({f, tr(lang, "Champ inconnu, ignoré.", "Unknown field, ignored.")});
  if (!warnings.empty()) {
    out.put(",\"warnings\":[");
    for (std::size_t i = 0; i < warnings.size(); ++i) {
      if (i) out.put(',');
      out.put("{\"field\":");
      out.quoted(warnings[i].first);
      out.put(",\"message\":");
      out.quoted(warnings[i].second);
      out.put('}');
    }
    out.put(']');
  }

  std::string csv_row;  // with format csv: each row as CSV, then escaped into the JSON string
  CsvWriter csv_out(csv_row, sep, crlf ? "\r\n" : "\n");
  if (o.csv) {
    out.put(",\"csv\":\"");
    if (file.encoding != bulk::Encoding::utf8 && !o.from_given) csv_row += "\xEF\xBB\xBF";  // Excel reads accents right
    if (!o.from_given) put_csv_header(csv_out, header, lang);
    out.escaped(csv_row);
  } else {
    out.put(",\"rows\":[");
  }
  while (counts.rows < o.limit && reader.next(record)) {
    bool blank = true;
    for (const auto& c : record.cells) blank = blank && bulk::trim(c).empty();
    if (blank && !record.unterminated_quote) continue;  // ";;;" is an empty line too
    bulk::check_order(record, order_file, memo, row);
    counts.add(row);
    if (o.csv) {
      csv_row.clear();
      put_csv_row(csv_out, record, row, header.cells.size(), lang);
      out.escaped(csv_row);
    } else {
      if (counts.rows > 1) out.put(',');
      put_json_row(out, record, row);
    }
  }
  out.put(o.csv ? "\"" : "]");

  out.put(",\"counts\":{\"rows\":");
  put_number(out, static_cast<long long>(counts.rows));
  for (const auto& [name, n] : {std::pair<std::string_view, std::size_t>{"open", counts.open}, {"uncertain", counts.uncertain},
                                {"closed", counts.closed}, {"error", counts.error}, {"flagged", counts.flagged}}) {
    out.put(",\"");
    out.put(name);
    out.put("\":");
    put_number(out, static_cast<long long>(n));
  }
  out.put("},\"size\":");
  put_number(out, static_cast<long long>(text.size()));
  out.put(",\"next\":");
  if (reader.more()) {
    out.put("{\"offset\":");
    put_number(out, static_cast<long long>(reader.offset()));
    out.put(",\"line\":");
    put_number(out, static_cast<long long>(reader.line()));
    out.put('}');
  } else {
    out.put("null");
  }
  out.put('}');
  return std::move(out).take();
}

}  // namespace dc::api
