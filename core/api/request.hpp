// Reads the fields of one JSON request, and records for each bad one an error that names the
// field and says, in French (or English), what is expected. Nothing here decides a rule.
#pragma once
#include <date/date.h>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>
#include "api/json.hpp"
#include "calendar/territory.hpp"
#include "money/checked.hpp"
#include "money/decimal.hpp"
#include "rules/purchase.hpp"
#include "text/lang.hpp"

namespace dc::api {

struct FieldError {
  std::string field;
  std::string message;
};

// The refusal every entry point answers: {"ok":false,"errors":[{"field","message"}…]}.
json::Value failure_json(const std::vector<FieldError>& errors);

// How a field is named to a person, in both languages ("la date de réception" / "the date of receipt").
struct Label {
  std::string_view fr, en;
};

class Request {
 public:
  Request(const json::Value& root, Lang lang);

  Lang lang() const { return lang_; }
  bool has(std::string_view field) const;

  // Each reader marks the field as known. A missing required field, or a bad value, records an
  // error and gives nullopt; a missing optional field gives nullopt silently.
  std::optional<date::sys_days> date(std::string_view field, Label label, bool required);
  std::optional<Territory> territory(std::string_view field = "territory");
  // Also accepts the four territories with their own consumer rules (an answer, not an error).
  std::optional<TerritoryAnswer> territory_answer(bool required, std::string_view field = "territory");
  std::optional<std::string> choice(std::string_view field, Label label, std::span<const std::string_view> allowed,
                                    bool required);
  std::optional<long long> integer(std::string_view field, Label label, long long min, long long max, bool required);
  std::optional<bool> boolean(std::string_view field, Label label, bool required);
  // An amount of money in one of two forms, never both: `field` as a JSON string, as a person types
  // it ("249,90", "1 249,90 €", "€1,249.90"), or `field`Cents as a JSON integer number of cents
  // (24990). From `min` cents to kMaxAmountCents (1,000,000,000 €).
  std::optional<Cents> amount(std::string_view field, Label label, Cents min, bool required);
  // A percentage as typed ("6,67", "6.67 %"; a JSON string or number), in hundredths of a percent.
  std::optional<int> percent(std::string_view field, Label label, int min, int max, bool required);

  void error(std::string_view field, const std::string& fr, const std::string& en);
  void mark_known(std::string_view field) { known_.insert(std::string(field)); }
  // The raw value of a field (marked as known), or nullptr when absent or null: for readers kept in
  // their own files (api/text_fields.hpp).
  const json::Value* value(std::string_view field) { return get(field); }

  const std::vector<FieldError>& errors() const { return errors_; }
  std::vector<std::string> unknown_fields() const;

 private:
  const json::Value* get(std::string_view field);
  void missing(std::string_view field, Label label, std::string_view expected_fr, std::string_view expected_en);
  void wrong_type(std::string_view field, Label label, std::string_view expected_fr, std::string_view expected_en);

  const json::Value& root_;
  Lang lang_;
  std::set<std::string, std::less<>> known_;
  std::vector<FieldError> errors_;
};

// The text a person typed, shortened for quoting in a message (at a UTF-8 boundary).
std::string quote_input(std::string_view text);

// Why an amount typed as `typed` was refused by read_amount (money/amount.hpp), in `lang`, quoted
// as « typed » / "typed": the same words as the amount fields of every question (the bulk check's
// amount cells).
std::string amount_error_text(DecimalError error, std::string_view typed, Lang lang);

}  // namespace dc::api
