// Reads the fields every letter shares (the consumer, the seller, the place and date) and writes a
// letter as JSON: its blocks for print, its plain text, its file name and the articles it cites.
#pragma once
#include <optional>
#include <string>
#include "api/json.hpp"
#include "api/request.hpp"
#include "api/text_fields.hpp"
#include "letters/letter.hpp"
#include "rules/step.hpp"

namespace dc::api {

inline constexpr TextRule kNameRule{120};
inline constexpr TextRule kPlaceRule{80};
inline constexpr TextRule kReferenceRule{60};
inline constexpr TextRule kProductRule{300};
inline constexpr TextRule kLongTextRule{4000, true};
inline constexpr std::size_t kAddressLines = 6;
inline constexpr std::size_t kAddressLineChars = 120;

struct LetterCommon {
  bool complete;  // false: a shared field is missing or wrong (its error is recorded); the kind's own
                  // fields are still read, so that every error is reported at once
  date::sys_days today;
  letters::LetterHeader header;  // recipient: the seller (the mediator letter replaces it)
  letters::Party seller;
  std::string order_reference;
};

// today, letterDate (default today), senderName/Address/Email, sellerName/Address/Email, place,
// orderReference, registered (default `registered_by_default`). nullopt only without a valid today.
std::optional<LetterCommon> read_letter_common(Request& req, bool registered_by_default);

struct PartyLabels {
  Label name, address, email;
};
inline constexpr PartyLabels kSenderLabels{{"votre nom", "your name"},
                                           {"votre adresse postale", "your postal address"},
                                           {"votre adresse électronique", "your e-mail address"}};
inline constexpr PartyLabels kSellerLabels{{"le nom du vendeur", "the seller's name"},
                                           {"l'adresse postale du vendeur", "the seller's postal address"},
                                           {"l'adresse électronique du vendeur", "the seller's e-mail address"}};
inline constexpr PartyLabels kMediatorLabels{{"le nom du médiateur", "the mediator's name"},
                                             {"l'adresse postale du médiateur", "the mediator's postal address"},
                                             {"l'adresse électronique du médiateur", "the mediator's e-mail address"}};

// "<prefix>Name" and "<prefix>Address" (required), "<prefix>Email" (optional): one party.
std::optional<letters::Party> read_party(Request& req, std::string_view prefix, const PartyLabels& labels);

json::Value letter_json(const letters::Letter& letter);

// {"applies":true,"letter":…,"steps":…} or {"applies":false,"steps":…}.
json::Value letter_answer(const std::optional<letters::Letter>& letter, const Steps& steps);

}  // namespace dc::api
