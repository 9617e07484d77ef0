// Territory codes and names.
#include "calendar/territory.hpp"
#include <array>

namespace dc {
namespace {

struct TerritoryInfo {
  Territory territory;
  std::string_view code, fr, en;
};

constexpr std::array<TerritoryInfo, 9> kTerritories{{
    {Territory::metropole, "metropole", "France métropolitaine", "Metropolitan France"},
    {Territory::alsace_moselle, "alsace-moselle", "Alsace-Moselle (Bas-Rhin, Haut-Rhin, Moselle)",
     "Alsace-Moselle (Bas-Rhin, Haut-Rhin, Moselle)"},
    {Territory::guadeloupe, "guadeloupe", "Guadeloupe", "Guadeloupe"},
    {Territory::martinique, "martinique", "Martinique", "Martinique"},
    {Territory::guyane, "guyane", "Guyane", "French Guiana"},
    {Territory::la_reunion, "la-reunion", "La Réunion", "Réunion"},
    {Territory::mayotte, "mayotte", "Mayotte", "Mayotte"},
    {Territory::saint_barthelemy, "saint-barthelemy", "Saint-Barthélemy", "Saint-Barthélemy"},
    {Territory::saint_martin, "saint-martin", "Saint-Martin", "Saint-Martin"},
}};

constexpr std::array<Territory, 9> kAll{Territory::metropole,  Territory::alsace_moselle, Territory::guadeloupe,
                                        Territory::martinique, Territory::guyane,         Territory::la_reunion,
                                        Territory::mayotte,    Territory::saint_barthelemy, Territory::saint_martin};

const TerritoryInfo& info(Territory t) { return kTerritories[static_cast<std::size_t>(t)]; }

}  // namespace

std::span<const Territory> all_territories() { return kAll; }

std::string_view territory_code(Territory t) { return info(t).code; }

std::optional<Territory> territory_from_code(std::string_view code) {
  for (const auto& t : kTerritories)
    if (t.code == code) return t.territory;
  return std::nullopt;
}

std::optional<OtherTerritory> other_territory_from_code(std::string_view code) {
  if (code == "nouvelle-caledonie") return OtherTerritory::nouvelle_caledonie;
  if (code == "polynesie-francaise") return OtherTerritory::polynesie_francaise;
  if (code == "wallis-et-futuna") return OtherTerritory::wallis_et_futuna;
  if (code == "saint-pierre-et-miquelon") return OtherTerritory::saint_pierre_et_miquelon;
  return std::nullopt;
}

std::string territory_name(Territory t, Lang lang) { return tr(lang, info(t).fr, info(t).en); }

}  // namespace dc
