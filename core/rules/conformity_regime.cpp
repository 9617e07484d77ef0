// The table of conformity regimes by contract date (rules.md section 10).
#include "rules/conformity_regime.hpp"
#include <array>

namespace dc {

using date::sys_days;
using date::year;

std::span<const RegimeSpan> conformity_regime_spans() {
  static constexpr std::array<RegimeSpan, 3> kSpans{{
      // L217-7 ancien (L211-7 until 2016): 6 months from delivery, new or second-hand.
      {ConformityRegime::before2022, kConformityFirstContractDay, sys_days{year{2016} / 3 / 18}, 6, 6,
       art::L217_7_old},
      // Loi 2014-344 (Hamon), in force on 18 March 2016: 24 months for new goods; second-hand stays 6.
      {ConformityRegime::before2022, sys_days{year{2016} / 3 / 18}, sys_days{year{2022} / 1 / 1}, 24, 6,
       art::L217_7_old},
      // Ordonnance 2021-1247, contracts concluded from 1 January 2022: L217-7, 24 months, 12 second-hand.
      {ConformityRegime::from2022, sys_days{year{2022} / 1 / 1}, kOpenEnd, 24, 12, art::L217_7},
  }};
  return kSpans;
}

const RegimeSpan* regime_span_for(sys_days contract) {
  for (const auto& span : conformity_regime_spans())
    if (span.from <= contract && contract < span.until) return &span;
  return nullptr;
}

int presumption_months(const RegimeSpan& span, GoodsCondition condition) {
  return condition == GoodsCondition::new_goods ? span.presumption_new_months : span.presumption_second_hand_months;
}

}  // namespace dc
