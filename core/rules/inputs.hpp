// The questions a page may have to ask: one entry per input of the JSON API, with its field name,
// its question in French and English, and its possible answers. A result that "cannot tell yet"
// lists the inputs it still needs; they are declared here in the order a page should ask them,
// so sorting a list of inputs puts it in asking order.
#pragma once
#include <array>
#include <cstddef>
#include <optional>
#include <span>
#include <string_view>
#include <vector>
#include "rules/legal_source.hpp"

namespace dc {

enum class Input : unsigned char {
  // Scope (rules.md section 1): asked before anything else.
  seller, channel, territory, contract, sector, concluded,
  // Start of the period (L221-18): one date, asked in the words of the contract kind.
  received, received_last, received_first,
  // Exclusions (L221-28), by their number in the article.
  service_fully_performed, service_consent,                // 1°
  financial_market_price,                                  // 2°
  personalised,                                            // 3°
  perishable,                                              // 4°
  hygiene_product, unsealed,                               // 5° (unsealed also serves 9°)
  mixed_inseparably,                                       // 6°
  alcohol, alcohol_late_delivery, alcohol_market_value,    // 7°
  urgent_repair,                                           // 8°
  recording_or_software,                                   // 9°
  newspaper,                                               // 10°
  public_auction,                                          // 11°
  accommodation_or_leisure, specific_date,                 // 12°
  digital_begun, digital_consent, digital_confirmation,    // 13°
  // The withdrawal information (L221-5, L221-20).
  info_given, information_received,
  // How to withdraw (L221-21).
  online,
  // Return and refund (L221-23, L221-24).
  withdrawal_sent, seller_collects, return_cost_informed, seller_pays_return, handled_beyond_testing,
  seller_informed, goods_received_back, proof_of_shipment_sent,
};
inline constexpr std::size_t kInputCount = static_cast<std::size_t>(Input::proof_of_shipment_sent) + 1;

enum class InputType { choice, yes_no, date };

struct InputOption {
  std::string_view value, fr, en;
};

struct InputSpec {
  Input id;
  std::string_view field;   // the JSON field name
  InputType type;
  std::string_view group;   // "scope", "start", "exclusions", "information", "how", "return", "refund"
  ArticleRef article;       // the rule the answer feeds
  std::string_view label_fr, label_en;        // how errors name it: "la date de réception"
  std::string_view question_fr, question_en;  // what a page asks
  std::string_view help_fr, help_en;          // why it matters, or how to find the answer ("" if none)
  std::span<const InputOption> options;       // for a choice
};

const InputSpec& input_spec(Input id);
std::span<const InputSpec> all_inputs();

// Sorts into asking order and removes duplicates.
std::vector<Input> in_asking_order(std::vector<Input> inputs);

// The yes/no answers given so far; an answer not given is nullopt.
class YesNoAnswers {
 public:
  std::optional<bool> operator[](Input id) const { return values_[static_cast<std::size_t>(id)]; }
  void set(Input id, bool value) { values_[static_cast<std::size_t>(id)] = value; }

 private:
  std::array<std::optional<bool>, kInputCount> values_{};
};

}  // namespace dc
