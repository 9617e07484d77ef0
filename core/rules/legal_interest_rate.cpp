// The legal interest rate table (CMF L313-2), generated from core/data/legal_interest_rates.csv.
#include "rules/legal_interest_rate.hpp"

namespace dc {
namespace {

constexpr date::sys_days ymd(int y, unsigned m, unsigned d) {
  return date::sys_days{date::year{y} / date::month{m} / date::day{d}};
}

constexpr LegalRateHalfYear kTable[] = {
#include "legal_interest_rates.inc"
};

constexpr bool first_half(date::sys_days day) { return date::year_month_day{day}.month() <= date::June; }

}  // namespace

std::span<const LegalRateHalfYear> legal_rate_table() { return kTable; }

const LegalRateHalfYear* legal_rate_half_year(date::sys_days day) {
  for (const auto& h : kTable)
    if (h.from <= day && day <= h.to) return &h;
  return nullptr;
}

DayRate consumer_rate_on(date::sys_days day, std::optional<int> supplied) {
  if (const LegalRateHalfYear* h = legal_rate_half_year(day)) return {h->consumer, RateOrigin::table, h};
  if (supplied) return {*supplied, RateOrigin::supplied, nullptr};
  const LegalRateHalfYear& nearest = day < std::begin(kTable)->from ? *std::begin(kTable) : *(std::end(kTable) - 1);
  return {nearest.consumer, RateOrigin::nearest_known, &nearest};
}

std::string half_year_name(date::sys_days day) {
  return std::to_string(static_cast<int>(date::year_month_day{day}.year())) + (first_half(day) ? "-S1" : "-S2");
}

std::string half_year_words(date::sys_days day, Lang lang) {
  const std::string y = std::to_string(static_cast<int>(date::year_month_day{day}.year()));
  if (lang == Lang::en) return (first_half(day) ? "first half of " : "second half of ") + y;
  return (first_half(day) ? "1er semestre " : "2e semestre ") + y;
}

}  // namespace dc
