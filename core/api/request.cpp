// Field readers with messages that name the field (DEVELOPERS.md: bad input).
#include "api/request.hpp"
#include <charconv>
#include "calendar/iso_date.hpp"
#include "money/amount.hpp"
#include "money/percent.hpp"
#include "text/capitalize.hpp"

namespace dc::api {
namespace {

std::string allowed_list(std::span<const std::string_view> allowed) {
  std::string out;
  for (const auto& a : allowed) {
    if (!out.empty()) out += ", ";
    out += a;
  }
  return out;
}

// Why a typed number was refused, in both languages; `what` is "montant"/"amount" or "taux"/"rate".
struct Why {
  std::string fr, en;
};

Why decimal_error_text(DecimalError e, const std::string& fr_shown, const std::string& en_shown, bool money,
                       const Why& maximum) {
  const std::string example_fr = money ? "249,90 ou 1 249,90 €" : "6,67";
  const std::string example_en = money ? "249.90 or 1,249.90" : "6.67";
  switch (e) {
    case DecimalError::negative:
      return {fr_shown + " est négatif ; indiquez un nombre positif.", en_shown + " is negative; give a positive number."};
    case DecimalError::grouping:
      return {fr_shown + " : les séparateurs de milliers doivent séparer des groupes de trois chiffres (par exemple 1 249 000,50).",
              en_shown + ": thousands separators must separate groups of three digits (for example 1,249,000.50)."};
    case DecimalError::ambiguous:
      return {fr_shown + " est ambigu (milliers ou décimales ?) : écrivez-le sans séparateur de milliers, avec deux "
                         "décimales au plus, par exemple 1249 ou 1,25.",
              en_shown + " is ambiguous (thousands or decimals?): write it without a thousands separator and with at "
                         "most two decimals, for example 1249 or 1.25."};
    case DecimalError::too_many_decimals:
      return {fr_shown + (money ? " a plus de deux décimales : un montant s'arrête au centime."
                                : " a plus de deux décimales : le taux légal est publié avec deux décimales."),
              en_shown + (money ? " has more than two decimals: an amount stops at the cent."
                                : " has more than two decimals: the legal rate is published with two.")};
    case DecimalError::too_large:
      return {fr_shown + " dépasse le maximum accepté, " + maximum.fr + ".",
              en_shown + " is above the accepted maximum, " + maximum.en + "."};
    case DecimalError::none:
    case DecimalError::empty:
    case DecimalError::format: break;
  }
  return {fr_shown + (money ? " n'est pas un montant en euros" : " n'est pas un taux") + " ; écrivez par exemple " + example_fr + ".",
          en_shown + (money ? " is not an amount in euros" : " is not a rate") + "; write for example " + example_en + "."};
}

}  // namespace

std::string amount_error_text(DecimalError error, std::string_view typed, Lang lang) {
  const Why maximum{write_amount(kMaxAmountCents, Lang::fr), write_amount(kMaxAmountCents, Lang::en)};
  const std::string quoted = quote_input(typed);
  std::string fr_shown = "« ", en_shown = "\"";
  fr_shown.append(quoted).append(" »");
  en_shown.append(quoted).append("\"");
  const Why why = decimal_error_text(error, fr_shown, en_shown, true, maximum);
  return lang == Lang::en ? why.en : why.fr;
}

std::string quote_input(std::string_view text) {
  constexpr std::size_t kMax = 40;
  if (text.size() <= kMax) return std::string(text);
  std::size_t cut = kMax;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // not inside a character
  return std::string(text.substr(0, cut)) + "…";
}

Request::Request(const json::Value& root, Lang lang) : root_(root), lang_(lang) {}

bool Request::has(std::string_view field) const { return root_.find(field) != nullptr; }

const json::Value* Request::get(std::string_view field) {
  mark_known(field);
  const json::Value* v = root_.find(field);
  return (v && !v->is(json::Value::Type::null)) ? v : nullptr;  // null means "not given"
}

void Request::error(std::string_view field, const std::string& fr, const std::string& en) {
  errors_.push_back({std::string(field), lang_ == Lang::en ? en : fr});
}

void Request::missing(std::string_view field, Label label, std::string_view expected_fr, std::string_view expected_en) {
  error(field, cap_first(label.fr) + " (" + std::string(field) + ") manque : " + std::string(expected_fr) + ".",
        cap_first(label.en) + " (" + std::string(field) + ") is missing: " + std::string(expected_en) + ".");
}

void Request::wrong_type(std::string_view field, Label label, std::string_view expected_fr,
                         std::string_view expected_en) {
  error(field, cap_first(label.fr) + " (" + std::string(field) + ") doit être " + std::string(expected_fr) + ".",
        cap_first(label.en) + " (" + std::string(field) + ") must be " + std::string(expected_en) + ".");
}

std::optional<date::sys_days> Request::date(std::string_view field, Label label, bool required) {
  const json::Value* v = get(field);
  if (!v) {
    if (required) missing(field, label, "indiquez une date au format AAAA-MM-JJ, par exemple 2026-01-14",
                          "give a date as YYYY-MM-DD, for example 2026-01-14");
    return std::nullopt;
  }
  if (!v->is(json::Value::Type::string)) {
    wrong_type(field, label, "une date écrite AAAA-MM-JJ entre guillemets, par exemple \"2026-01-14\"",
               "a date written YYYY-MM-DD in quotes, for example \"2026-01-14\"");
    return std::nullopt;
  }
  const auto reading = read_iso_date(v->text());
  const std::string shown = "« " + quote_input(v->text()) + " »";
  const std::string name_fr = cap_first(label.fr) + " (" + std::string(field) + ")";
  const std::string name_en = cap_first(label.en) + " (" + std::string(field) + ")";
  switch (reading.error) {
    case DateError::none: return reading.day;
    case DateError::empty:
      if (required) missing(field, label, "indiquez une date au format AAAA-MM-JJ, par exemple 2026-01-14",
                            "give a date as YYYY-MM-DD, for example 2026-01-14");
      return std::nullopt;
    case DateError::format:
      error(field, name_fr + " : " + shown + " n'est pas une date au format AAAA-MM-JJ (par exemple 2026-01-14).",
            name_en + ": " + shown + " is not a date written YYYY-MM-DD (for example 2026-01-14).");
      return std::nullopt;
    case DateError::impossible:
      error(field, name_fr + " : " + shown + " n'existe pas dans le calendrier.",
            name_en + ": " + shown + " does not exist in the calendar.");
      return std::nullopt;
    case DateError::out_of_range:
      error(field,
            name_fr + " : " + shown + " est hors des années acceptées (" + std::to_string(kMinYear) + " à " +
                std::to_string(kMaxYear) + ").",
            name_en + ": " + shown + " is outside the accepted years (" + std::to_string(kMinYear) + " to " +
                std::to_string(kMaxYear) + ").");
      return std::nullopt;
  }
  return std::nullopt;
}

std::optional<Territory> Request::territory(std::string_view field) {
  const Label label{"le territoire", "the territory"};
  const json::Value* v = get(field);
  static constexpr std::string_view kCodes =
      "metropole, alsace-moselle, guadeloupe, martinique, guyane, la-reunion, mayotte, saint-barthelemy, saint-martin";
  if (!v) {
    missing(field, label, "indiquez l'un de : " + std::string(kCodes), "give one of: " + std::string(kCodes));
    return std::nullopt;
  }
  if (v->is(json::Value::Type::string)) {
    if (auto t = territory_from_code(v->text())) return t;
    if (other_territory_from_code(v->text())) {
      error(field,
            "Le territoire (" + std::string(field) + ") « " + quote_input(v->text()) +
                " » a ses propres règles de consommation : le Code de la consommation ne s'y applique pas tel quel, "
                "et DroitConso ne le couvre pas.",
            "The territory (" + std::string(field) + ") \"" + quote_input(v->text()) +
                "\" has its own consumer rules: the French Consumer Code does not apply there as such, and DroitConso "
                "does not cover it.");
      return std::nullopt;
    }
  }
  error(field,
        "Le territoire (" + std::string(field) + ") n'est pas reconnu ; valeurs possibles : " + std::string(kCodes) + ".",
        "The territory (" + std::string(field) + ") is not recognised; possible values: " + std::string(kCodes) + ".");
  return std::nullopt;
}

std::optional<TerritoryAnswer> Request::territory_answer(bool required, std::string_view field) {
  if (const json::Value* v = root_.find(field); v && v->is(json::Value::Type::string)) {
    if (auto other = other_territory_from_code(v->text())) {
      mark_known(field);
      return TerritoryAnswer{*other};
    }
  }
  if (!required && !get(field)) return std::nullopt;
  if (auto t = territory(field)) return TerritoryAnswer{*t};
  return std::nullopt;
}

std::optional<std::string> Request::choice(std::string_view field, Label label,
                                           std::span<const std::string_view> allowed, bool required) {
  const json::Value* v = get(field);
  const std::string list = allowed_list(allowed);
  if (!v) {
    if (required) missing(field, label, "valeurs possibles : " + list, "possible values: " + list);
    return std::nullopt;
  }
  if (v->is(json::Value::Type::string))
    for (const auto& a : allowed)
      if (v->text() == a) return v->text();
  error(field,
        cap_first(label.fr) + " (" + std::string(field) + ") n'est pas reconnu ; valeurs possibles : " + list + ".",
        cap_first(label.en) + " (" + std::string(field) + ") is not recognised; possible values: " + list + ".");
  return std::nullopt;
}

std::optional<long long> Request::integer(std::string_view field, Label label, long long min, long long max,
                                          bool required) {
  const json::Value* v = get(field);
  const std::string range_fr = "un nombre entier de " + std::to_string(min) + " à " + std::to_string(max);
  const std::string range_en = "a whole number from " + std::to_string(min) + " to " + std::to_string(max);
  if (!v) {
    if (required) missing(field, label, "indiquez " + range_fr, "give " + range_en);
    return std::nullopt;
  }
  long long n = 0;
  const std::string& t = v->text();
  // The whole lexeme must be an integer that fits: on overflow from_chars leaves n at 0, which a
  // range starting at 0 would otherwise accept (99999999999999999999 read as 0).
  const auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), n);
  const bool is_int = v->is(json::Value::Type::number) && ec == std::errc() && end == t.data() + t.size();
  if (!is_int || n < min || n > max) {
    wrong_type(field, label, range_fr, range_en);
    return std::nullopt;
  }
  return n;
}

std::optional<bool> Request::boolean(std::string_view field, Label label, bool required) {
  const json::Value* v = get(field);
  if (!v) {
    if (required) missing(field, label, "indiquez true ou false", "give true or false");
    return std::nullopt;
  }
  if (!v->is(json::Value::Type::boolean)) {
    wrong_type(field, label, "true ou false", "true or false");
    return std::nullopt;
  }
  return v->as_bool();
}

std::vector<std::string> Request::unknown_fields() const {
  std::vector<std::string> out;
  for (const auto& [k, v] : root_.members())
    if (!known_.count(k)) out.push_back(k);
  return out;
}

}  // namespace dc::api

namespace dc::api {

std::optional<Cents> Request::amount(std::string_view field, Label label, Cents min, bool required) {
  const std::string cents_field = std::string(field) + "Cents";
  const json::Value* text = get(field);
  const json::Value* cents = get(cents_field);
  const std::string name_fr = cap_first(label.fr) + " (" + std::string(field) + ")";
  const std::string name_en = cap_first(label.en) + " (" + std::string(field) + ")";
  if (text && cents) {
    error(field, name_fr + " est donné deux fois : indiquez " + std::string(field) + " ou " + cents_field + ", pas les deux.",
          name_en + " is given twice: give " + std::string(field) + " or " + cents_field + ", not both.");
    return std::nullopt;
  }
  if (cents) return integer(cents_field, label, min, kMaxAmountCents, true);
  const std::string how_fr = "un montant en euros entre guillemets, tel que vous l'écririez (\"249,90\"), ou un nombre "
                             "entier de centimes dans " + cents_field + " (24990)";
  const std::string how_en = "an amount in euros in quotes, as you would type it (\"249.90\"), or a whole number of cents in " +
                             cents_field + " (24990)";
  if (!text) {
    if (required) missing(field, label, "indiquez " + how_fr, "give " + how_en);
    return std::nullopt;
  }
  if (!text->is(json::Value::Type::string)) {
    wrong_type(field, label, how_fr, how_en);
    return std::nullopt;
  }
  const AmountReading r = read_amount(text->text());
  if (r.error == DecimalError::empty) {
    if (required) missing(field, label, "indiquez " + how_fr, "give " + how_en);
    return std::nullopt;
  }
  if (!r.cents) {
    const Why maximum{write_amount(kMaxAmountCents, Lang::fr), write_amount(kMaxAmountCents, Lang::en)};
    const Why why = decimal_error_text(r.error, "« " + quote_input(text->text()) + " »",
                                       "\"" + quote_input(text->text()) + "\"", true, maximum);
    error(field, name_fr + " : " + why.fr, name_en + ": " + why.en);
    return std::nullopt;
  }
  if (*r.cents < min) {
    error(field, name_fr + " doit être d'au moins " + write_amount(min, Lang::fr) + ".",
          name_en + " must be at least " + write_amount(min, Lang::en) + ".");
    return std::nullopt;
  }
  return r.cents;
}

std::optional<int> Request::percent(std::string_view field, Label label, int min, int max, bool required) {
  const json::Value* v = get(field);
  const std::string name_fr = cap_first(label.fr) + " (" + std::string(field) + ")";
  const std::string name_en = cap_first(label.en) + " (" + std::string(field) + ")";
  const std::string range_fr = "un pourcentage de " + write_percent(min, Lang::fr) + " à " + write_percent(max, Lang::fr) + ", par exemple \"6,67\"";
  const std::string range_en = "a percentage from " + write_percent(min, Lang::en) + " to " + write_percent(max, Lang::en) + ", for example \"6.67\"";
  if (!v) {
    if (required) missing(field, label, "indiquez " + range_fr, "give " + range_en);
    return std::nullopt;
  }
  if (!v->is(json::Value::Type::string) && !v->is(json::Value::Type::number)) {
    wrong_type(field, label, range_fr, range_en);
    return std::nullopt;
  }
  const PercentReading r = read_percent(v->text(), max);
  if (r.error == DecimalError::empty) {
    if (required) missing(field, label, "indiquez " + range_fr, "give " + range_en);
    return std::nullopt;
  }
  if (!r.hundredths) {
    const Why maximum{write_percent(max, Lang::fr), write_percent(max, Lang::en)};
    const Why why = decimal_error_text(r.error, "« " + quote_input(v->text()) + " »", "\"" + quote_input(v->text()) + "\"",
                                       false, maximum);
    error(field, name_fr + " : " + why.fr, name_en + ": " + why.en);
    return std::nullopt;
  }
  if (*r.hundredths < min) {
    wrong_type(field, label, range_fr, range_en);
    return std::nullopt;
  }
  return r.hundredths;
}

json::Value failure_json(const std::vector<FieldError>& errors) {
  json::Value out = json::Value::object();
  out.set("ok", false);
  json::Value list = json::Value::array();
  for (const auto& e : errors) {
    json::Value item = json::Value::object();
    item.set("field", e.field);
    item.set("message", e.message);
    list.push(std::move(item));
  }
  out.set("errors", std::move(list));
  return out;
}

}  // namespace dc::api
