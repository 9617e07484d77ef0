// The consumer's territory, which decides the public holidays (rules.md sections 1 and 3).
#pragma once
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include "text/lang.hpp"

namespace dc {

enum class Territory {
  metropole,
  alsace_moselle,  // Bas-Rhin, Haut-Rhin, Moselle
  guadeloupe,
  martinique,
  guyane,
  la_reunion,
  mayotte,
  saint_barthelemy,
  saint_martin,
};

// Territories of the French Republic with their own consumer rules (rules.md section 1).
enum class OtherTerritory { nouvelle_caledonie, polynesie_francaise, wallis_et_futuna, saint_pierre_et_miquelon };

std::span<const Territory> all_territories();
std::string_view territory_code(Territory t);  // "alsace-moselle", as in the JSON API
std::optional<Territory> territory_from_code(std::string_view code);
std::optional<OtherTerritory> other_territory_from_code(std::string_view code);
std::string territory_name(Territory t, Lang lang);

}  // namespace dc
