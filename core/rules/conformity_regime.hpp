// Which legal guarantee of conformity governs a sale of goods, chosen by the day the contract was
// concluded (rules.md section 10): contracts from 1 January 2022 (ordonnance 2021-1247, L217-3 ff.)
// and contracts before (L217-4 ff. in their earlier wording: presumption 24 months for new goods
// bought from 18 March 2016, 6 months before, 6 months for second-hand goods). The spans are
// half-open [from, until), in date order, with no gap and no overlap (tests sweep every day).
#pragma once
#include <date/date.h>
#include <span>
#include "rules/legal_source.hpp"

namespace dc {

enum class ConformityRegime {
  before2022,  // contracts concluded from 20 February 2005 to 31 December 2021
  from2022,    // contracts concluded from 1 January 2022
};

enum class GoodsCondition { new_goods, second_hand };

struct RegimeSpan {
  ConformityRegime regime;
  date::sys_days from;   // first contract day of the span
  date::sys_days until;  // first contract day after it
  int presumption_new_months;
  int presumption_second_hand_months;
  ArticleRef presumption_article;
};

// Ord. 2005-136 applies to contracts concluded after 19 February 2005 (its entry into force).
inline constexpr date::sys_days kConformityFirstContractDay{date::year{2005} / 2 / 20};
// The product never reads a date after 9998-12-31: this open end is past every contract.
inline constexpr date::sys_days kOpenEnd{date::year{9999} / 12 / 31};

std::span<const RegimeSpan> conformity_regime_spans();

// The span of the day the contract was concluded; nullptr before the first one (not covered).
const RegimeSpan* regime_span_for(date::sys_days contract);

int presumption_months(const RegimeSpan& span, GoodsCondition condition);

}  // namespace dc
