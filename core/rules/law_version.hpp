// The day the rules of this core were last checked against shared/spec/rules.md and the texts it
// cites; shown to users as « Droit à jour au … ». Update it with every legal review.
#pragma once
#include <string_view>

namespace dc {

inline constexpr std::string_view kLawCheckedOn = "2026-11-23";
inline constexpr std::string_view kVersion = "0.1.0";

}  // namespace dc
