// The facts a person gives about a purchase (rules.md sections 1 and 4). Each is optional where it
// is read: a fact not given is unknown, never guessed.
#pragma once
#include <variant>
#include "calendar/territory.hpp"

namespace dc {

// Article liminaire: the withdrawal right is owed by a professional to a consumer.
enum class Seller { professional, private_person };

// L221-18 covers distance and off-premises contracts; a shop or a fair (L224-59) has no legal right.
enum class Channel { distance, off_premises, shop, fair };

// L221-2: whole sectors outside the chapter (the article's list is longer; these are the main ones).
enum class Sector { none, health, financial, gambling, real_estate, package_travel, timeshare, vending_machine };

// What was bought: it decides the start of the period (L221-18) and which exclusions can apply.
enum class ContractKind {
  goods,            // delivered at once: from receipt
  goods_several,    // several goods of one order delivered separately, or one good in lots: last receipt
  subscription,     // regular delivery of goods over a period: first receipt
  service,          // from conclusion
  utility,          // water, gas, electricity, district heating not in a set volume (L221-4): conclusion
  digital_content,  // without a tangible medium (L221-4): conclusion
};

constexpr bool is_goods(ContractKind k) {
  return k == ContractKind::goods || k == ContractKind::goods_several || k == ContractKind::subscription;
}

// Where the consumer lives: a covered territory, or one with its own consumer rules.
using TerritoryAnswer = std::variant<Territory, OtherTerritory>;

}  // namespace dc
