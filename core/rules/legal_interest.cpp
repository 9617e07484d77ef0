// Simple interest at the legal rate, day by day, each day at its half-year's rate (CMF L313-2;
// rules.md section 6, Reading "legal-interest tier").
#include "rules/legal_interest.hpp"
#include <algorithm>
#include "money/percent.hpp"
#include "text/date_words.hpp"

namespace dc {
namespace {

using date::days;
using date::sys_days;

int year_days(sys_days day) { return date::year_month_day{day}.year().is_leap() ? 366 : 365; }

// The last day of the half-year containing `day`: 30 June or 31 December.
sys_days half_year_end(sys_days day) {
  const date::year y = date::year_month_day{day}.year();
  return date::year_month_day{day}.month() <= date::June ? sys_days{y / date::June / 30} : sys_days{y / date::December / 31};
}

// "du 2e semestre 2026" / "the second half of 2026", or the span "du … au …" / "the … to the …".
std::string missing_words(const RateSegment& s, Lang lang) {
  const bool one = half_year_name(s.first) == half_year_name(s.last);
  if (lang == Lang::en)
    return "the " + half_year_words(s.first, lang) + (one ? "" : " to the " + half_year_words(s.last, lang));
  return "du " + half_year_words(s.first, lang) + (one ? "" : " au " + half_year_words(s.last, lang));
}

bool same_rate(const DayRate& a, const DayRate& b) {
  return a.consumer == b.consumer && a.origin == b.origin && a.known == b.known;
}

}  // namespace

std::optional<InterestResult> legal_interest(Cents sum, sys_days after, sys_days through, std::optional<int> supplied) {
  InterestResult r;
  std::int64_t numerator = 0;
  for (sys_days day = after + days{1}; day <= through;) {
    const sys_days last = std::min(half_year_end(day), through);
    const int n = (last - day).count() + 1;
    const DayRate rate = consumer_rate_on(day, supplied);
    const int yd = year_days(day);
    const auto part = checked_mul(static_cast<std::int64_t>(rate.consumer) * (yd == 365 ? 366 : 365), n);
    const auto total = part ? checked_add(numerator, *part) : std::nullopt;
    if (!total) return std::nullopt;
    numerator = *total;
    const int leap = yd == 366 ? n : 0;
    if (!r.segments.empty() && same_rate(r.segments.back().rate, rate)) {
      r.segments.back().last = last;
      r.segments.back().days += n;
      r.segments.back().leap_year_days += leap;
    } else {
      r.segments.push_back({day, last, n, leap, rate});
    }
    day = last + days{1};
  }
  const auto cents = mul_div_round_half_up(sum, numerator, kInterestDenominator);
  if (!cents) return std::nullopt;
  r.cents = *cents;
  r.rate_days = numerator;
  return r;
}

std::optional<Cents> flat_legal_interest(Cents sum, int rate_hundredths) {
  return mul_div_round_half_up(sum, rate_hundredths, 10000);
}

Steps explain_rate_segments(const std::vector<RateSegment>& segments, Lang lang) {
  Steps steps;
  for (const auto& s : segments) {
    const std::string rate = write_percent(s.rate.consumer, lang);
    const std::string n = std::to_string(s.days);
    const std::string span_fr = s.days == 1 ? "Le " + long_date(s.first, lang) + " : 1 jour"
                                            : "Du " + long_date(s.first, lang) + " au " + long_date(s.last, lang) + " : " + n + " jours";
    const std::string span_en = s.days == 1 ? long_date(s.first, lang) + ": 1 day"
                                            : "From " + long_date(s.first, lang) + " to " + long_date(s.last, lang) + ": " + n + " days";
    std::string source_fr, source_en;
    switch (s.rate.origin) {
      case RateOrigin::table:
        source_fr = "taux du " + half_year_words(s.first, Lang::fr) + ", " + std::string(s.rate.known->arrete);
        source_en = "rate of the " + half_year_words(s.first, Lang::en) + ", " + std::string(s.rate.known->arrete);
        break;
      case RateOrigin::supplied:
        source_fr = "taux que vous avez indiqué ; la table de DroitConso n'a pas le taux " + missing_words(s, Lang::fr);
        source_en = "the rate you gave; DroitConso's table lacks the rate of " + missing_words(s, Lang::en);
        break;
      case RateOrigin::nearest_known:
        source_fr = "ATTENTION : la table de DroitConso n'a pas le taux " + missing_words(s, Lang::fr) + " ; taux du " +
                    std::string(s.rate.known->half_year) + " utilisé faute de mieux, à vérifier";
        source_en = "WARNING: DroitConso's table lacks the rate of " + missing_words(s, Lang::en) + "; the rate of " +
                    std::string(s.rate.known->half_year) + " is used for want of it, to be checked";
        break;
    }
    const int common = s.days - s.leap_year_days;
    const std::string base_fr = s.leap_year_days == 0 ? "sur une année de 365 jours"
                                : common == 0         ? "sur une année de 366 jours (bissextile)"
                                                      : "sur 365 jours par an, 366 pour les " + std::to_string(s.leap_year_days) +
                                                            " jours des années bissextiles";
    const std::string base_en = s.leap_year_days == 0 ? "over a year of 365 days"
                                : common == 0         ? "over a year of 366 days (leap year)"
                                                      : "over 365 days a year, 366 for the " + std::to_string(s.leap_year_days) +
                                                            " days in leap years";
    steps.push_back({tr(lang, span_fr + " au taux de " + rate + " par an (" + source_fr + "), " + base_fr + ".",
                        span_en + " at " + rate + " a year (" + source_en + "), " + base_en + "."),
                     art::cmf_L313_2});
  }
  return steps;
}

void add_missing_spans(const std::vector<RateSegment>& segments, std::vector<MissingSpan>& spans) {
  for (const auto& s : segments) {
    if (s.rate.origin == RateOrigin::table) continue;
    MissingSpan add{s.first, s.last};
    std::vector<MissingSpan> merged;
    bool placed = false;
    for (const auto& old : spans) {
      if (old.last + days{1} < add.first) {
        merged.push_back(old);
      } else if (add.last + days{1} < old.first) {
        if (!placed) merged.push_back(add), placed = true;
        merged.push_back(old);
      } else {
        add = {std::min(old.first, add.first), std::max(old.last, add.last)};
      }
    }
    if (!placed) merged.push_back(add);
    spans = std::move(merged);
  }
}

std::string missing_half_years_text(const std::vector<MissingSpan>& spans) {
  std::string out;
  for (const auto& s : spans) {
    if (!out.empty()) out += ", ";
    out += half_year_name(s.first);
    if (half_year_name(s.last) != half_year_name(s.first)) out += " \xE2\x80\x93 " + half_year_name(s.last);
  }
  return out;
}

}  // namespace dc
