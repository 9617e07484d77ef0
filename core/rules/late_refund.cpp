// L242-4: the late-refund increase, its cap, the legal interest after the cap, and the readings
// rules.md section 6 makes where the text is silent, each with its alternative's figure.
#include "rules/late_refund.hpp"
#include <algorithm>
#include "money/amount.hpp"
#include "money/percent.hpp"
#include "text/date_words.hpp"

namespace dc {
namespace {

using date::days;
using date::sys_days;

// Beyond 90 days, the increase reaches 100 % of the sums due (so at least the product's price)
// on day 361 (started periods) or 390 (completed ones): the cap is always found by this day.
constexpr int kCapFoundBy = 400;

// The tier's increase before the cap, for c days of delay.
struct TierFigure {
  L242Tier tier;
  Cents cents = 0;
  bool reaches_cap = false;  // the exact increase, before rounding, is at least the cap
  InterestResult interest;
  std::optional<DayRate> flat_rate;
  std::optional<sys_days> flat_day;
};

int tier_day(int c, TierBounds bounds) { return bounds == TierBounds::lower_open ? c : c + 1; }

std::optional<TierFigure> uncapped_tier(const IncreaseInput& in, int c, const L242Readings& r, Cents cap) {
  TierFigure f;
  if (c <= 0) return f;
  f.tier = l242_4_tier(tier_day(c, r.bounds), r.months);
  switch (f.tier.kind) {
    case TierKind::none: return f;
    case TierKind::percent: {
      const auto cents = mul_div_round_half_up(in.sums_due, f.tier.percent, 100);
      if (!cents) return std::nullopt;
      f.cents = *cents;
      f.reaches_cap = product_at_least(in.sums_due, f.tier.percent, cap, 100);
      return f;
    }
    case TierKind::legal_interest: {
      if (r.interest == InterestMode::flat) {
        f.flat_day = in.due + days{1};
        f.flat_rate = consumer_rate_on(*f.flat_day, in.supplied_rate);
        const auto cents = flat_legal_interest(in.sums_due, f.flat_rate->consumer);
        if (!cents) return std::nullopt;
        f.cents = *cents;
        f.reaches_cap = product_at_least(in.sums_due, f.flat_rate->consumer, cap, 10000);
        return f;
      }
      auto interest = legal_interest(in.sums_due, in.due, in.due + days{c}, in.supplied_rate);
      if (!interest) return std::nullopt;
      f.cents = interest->cents;
      f.reaches_cap = product_at_least(in.sums_due, interest->rate_days, cap, kInterestDenominator);
      f.interest = std::move(*interest);
      return f;
    }
  }
  return f;
}

// The first day of delay on which the tier's increase, exact before rounding, reaches the cap;
// 0 if never (cannot happen).
std::optional<int> find_cap_day(const IncreaseInput& in, Cents cap, const L242Readings& r) {
  for (int c = 1; c <= kCapFoundBy; ++c) {
    const auto f = uncapped_tier(in, c, r, cap);
    if (!f) return std::nullopt;
    if (f->reaches_cap) return c;
  }
  return 0;
}

}  // namespace

L242Tier l242_4_tier(int d, MonthCount months) {
  if (d <= 0) return {};
  if (d <= 10) return {TierKind::legal_interest, 0, 1, 10};
  if (d <= 20) return {TierKind::percent, 5, 11, 20};
  if (d <= 30) return {TierKind::percent, 10, 21, 30};
  if (d <= 60) return {TierKind::percent, 20, 31, 60};
  if (d <= 90) return {TierKind::percent, 50, 61, 90};
  // "cinq points supplémentaires par nouveau mois de retard": a month is a period of 30 days.
  if (months == MonthCount::started) {
    const int n = (d - 90 + 29) / 30;
    return {TierKind::percent, 50 + 5 * n, 90 + 30 * (n - 1) + 1, 90 + 30 * n};
  }
  const int n = (d - 90) / 30;
  if (n == 0) return {TierKind::percent, 50, 91, 119};
  return {TierKind::percent, 50 + 5 * n, 90 + 30 * n, 90 + 30 * n + 29};
}

std::optional<IncreaseFigure> l242_4_increase(const IncreaseInput& in, const L242Readings& r) {
  IncreaseFigure out;
  out.cap_cents = r.cap == CapBase::product_price ? in.price : in.sums_due;
  const auto cap_day = find_cap_day(in, out.cap_cents, r);
  if (!cap_day) return std::nullopt;
  out.cap_day = *cap_day;
  const int d = in.days_late;
  out.tier = l242_4_tier(d <= 0 ? 0 : tier_day(d, r.bounds), r.months);
  if (d <= 0) return out;
  out.capped = out.cap_day > 0 && d >= out.cap_day;
  if (!out.capped) {
    auto f = uncapped_tier(in, d, r, out.cap_cents);
    if (!f) return std::nullopt;
    out.tier_cents = f->cents;
    out.tier_interest = std::move(f->interest);
    out.flat_rate = f->flat_rate;
    out.total = out.tier_cents;
    return out;
  }
  // "jusqu'à concurrence du prix du produit, puis du taux d'intérêt légal": the cap, then legal
  // interest on the sums due for each day after the cap day.
  out.tier_cents = out.cap_cents;
  const sys_days cap_date = in.due + days{out.cap_day};
  if (r.interest == InterestMode::flat) {
    if (d > out.cap_day) {
      out.flat_rate = consumer_rate_on(cap_date + days{1}, in.supplied_rate);
      const auto cents = flat_legal_interest(in.sums_due, out.flat_rate->consumer);
      if (!cents) return std::nullopt;
      out.after_cap_cents = *cents;
    }
  } else {
    auto interest = legal_interest(in.sums_due, cap_date, in.due + days{d}, in.supplied_rate);
    if (!interest) return std::nullopt;
    out.after_cap_cents = interest->cents;
    out.after_cap_interest = std::move(*interest);
  }
  const auto total = checked_add(out.tier_cents, out.after_cap_cents);
  if (!total) return std::nullopt;
  out.total = *total;
  return out;
}

namespace {

std::string amount(Cents c, Lang lang) { return write_amount(c, lang); }
std::string percent(int p, Lang lang) { return write_percent(p * 100, lang); }
std::string day_n(int n) { return std::to_string(n); }

bool has_interest_days(const IncreaseFigure& f, int d) {
  return (f.tier.kind == TierKind::legal_interest && !f.capped) || (f.capped && d > f.cap_day);
}

// Which half-years the table lacks were used, and how.
void note_rates(const IncreaseFigure& f, LateRefundResult& r) {
  auto note = [&r](const std::vector<RateSegment>& segments) {
    for (const auto& s : segments) {
      if (s.rate.origin == RateOrigin::supplied) r.supplied_rate_used = true;
      if (s.rate.origin == RateOrigin::nearest_known) r.nearest_rate_used = true;
    }
    add_missing_spans(segments, r.rates_missing);
  };
  note(f.tier_interest.segments);
  note(f.after_cap_interest.segments);
}

Step sums_step(const LateRefundInput& in, Cents sums, Lang lang) {
  std::string fr = in.delivery > 0 ? "Sommes à rembourser : prix " + amount(in.price, lang) + " + livraison standard " +
                                         amount(in.delivery, lang) + " = " + amount(sums, lang) + "."
                                   : "Sommes à rembourser : prix " + amount(in.price, lang) + " (aucun frais de livraison indiqué).";
  std::string en = in.delivery > 0 ? "Sums to refund: price " + amount(in.price, lang) + " + standard delivery " +
                                         amount(in.delivery, lang) + " = " + amount(sums, lang) + "."
                                   : "Sums to refund: price " + amount(in.price, lang) + " (no delivery cost given).";
  if (in.premium_delivery > 0) {
    fr += " Le supplément de " + amount(in.premium_delivery, lang) +
          " pour une livraison plus chère que la livraison standard n'est pas remboursable.";
    en += " The surcharge of " + amount(in.premium_delivery, lang) +
          " for a dearer delivery than the standard one is not refunded.";
  }
  return {tr(lang, fr, en), art::L221_24};
}

Step delay_step(const LateRefundInput& in, int d, Lang lang) {
  const std::string due = long_date(in.due, lang), on = long_date(in.as_of, lang), n = day_n(d);
  if (in.refunded) {
    if (d == 0)
      return {tr(lang, "Remboursé le " + on + ", au plus tard le " + due + " : à temps, aucune majoration.",
                 "Refunded on " + on + ", by " + due + ": on time, no increase."),
              art::L221_24};
    return {tr(lang, "Remboursé le " + on + " alors qu'il était dû au plus tard le " + due + " : " + n + " jour(s) de retard.",
               "Refunded on " + on + " when it was due by " + due + ": " + n + " day(s) late."),
            art::L242_4};
  }
  if (d == 0)
    return {tr(lang, "Le remboursement est dû au plus tard le " + due + " : au " + on + ", le vendeur n'est pas encore en retard.",
               "The refund is due by " + due + ": on " + on + ", the seller is not late yet."),
            art::L221_24};
  return {tr(lang, "Pas encore remboursé au " + on + ", alors que c'était dû au plus tard le " + due + " : " + n + " jour(s) de retard.",
             "Not refunded yet on " + on + ", when it was due by " + due + ": " + n + " day(s) late."),
          art::L242_4};
}

void tier_steps(const LateRefundResult& res, Lang lang, Steps& steps) {
  const IncreaseFigure& f = res.increase;
  const int d = res.days_late;
  const std::string sums = amount(res.sums_due, lang);
  if (f.capped) return;
  if (f.tier.kind == TierKind::legal_interest) {
    steps.push_back({tr(lang,
                        "De 1 à 10 jours de retard, les sommes dues sont majorées de l'intérêt au taux légal, compté jour "
                        "par jour (lecture retenue ; l'autre lecture figure dans « readings »).",
                        "From 1 to 10 days late, the sums due are increased by interest at the legal rate, counted day by "
                        "day (the reading applied; the other one is in \"readings\")."),
                     art::L242_4});
    for (auto& s : explain_rate_segments(f.tier_interest.segments, lang)) steps.push_back(std::move(s));
    steps.push_back({tr(lang, "Intérêt : " + sums + " × taux × jours / jours de l'année = " + amount(f.tier_cents, lang) +
                                  " (arrondi au centime).",
                        "Interest: " + sums + " × rate × days / days in the year = " + amount(f.tier_cents, lang) +
                            " (rounded to the cent)."),
                     art::L242_4});
    return;
  }
  const std::string range = day_n(f.tier.first_day) + " " + tr(lang, "à", "to") + " " + day_n(f.tier.last_day);
  const std::string p = percent(f.tier.percent, lang);
  if (d <= 90) {
    steps.push_back({tr(lang, "De " + range + " jours de retard, les sommes dues sont majorées de " + p + " : " + sums + " × " +
                                  p + " = " + amount(f.tier_cents, lang) + ".",
                        "From " + range + " days late, the sums due are increased by " + p + ": " + sums + " × " + p +
                            " = " + amount(f.tier_cents, lang) + "."),
                     art::L242_4});
    return;
  }
  const int periods = (f.tier.percent - 50) / 5;
  steps.push_back({tr(lang,
                      "Au-delà de 90 jours, la majoration de 50 % augmente de 5 points par nouveau mois de retard, compté "
                      "comme chaque période de 30 jours commencée : au jour " + day_n(d) + ", " + day_n(periods) +
                          " période(s) commencée(s), soit " + p + " (jours " + range + ") : " + sums + " × " + p + " = " +
                          amount(f.tier_cents, lang) + ".",
                      "Beyond 90 days, the 50 % increase rises by 5 points per new month of delay, counted as each started "
                      "30-day period: on day " + day_n(d) + ", " + day_n(periods) + " period(s) started, so " + p +
                          " (days " + range + "): " + sums + " × " + p + " = " + amount(f.tier_cents, lang) + "."),
                   art::L242_4});
}

void cap_steps(const LateRefundInput& in, const LateRefundResult& res, Lang lang, Steps& steps) {
  const IncreaseFigure& f = res.increase;
  const int d = res.days_late;
  const std::string cap = amount(f.cap_cents, lang);
  if (f.cap_day == 0) return;
  const std::string cap_date = long_date(in.due + days{f.cap_day}, lang);
  if (!f.capped) {
    if (d > 0 && !in.refunded)
      steps.push_back({tr(lang, "Plafond : la majoration ne peut dépasser le prix du produit, " + cap + " ; sans remboursement, il serait atteint le " +
                                    cap_date + " (jour " + day_n(f.cap_day) + " de retard).",
                          "Cap: the increase cannot exceed the product's price, " + cap + "; without a refund it would be reached on " +
                              cap_date + " (day " + day_n(f.cap_day) + " of delay)."),
                       art::L242_4});
    return;
  }
  steps.push_back({tr(lang, "La majoration a atteint le prix du produit, son plafond, le " + cap_date + " (jour " + day_n(f.cap_day) +
                                " de retard) : elle est de " + cap + ".",
                      "The increase reached the product's price, its cap, on " + cap_date + " (day " + day_n(f.cap_day) +
                          " of delay): it is " + cap + "."),
                   art::L242_4});
  if (d <= f.cap_day) return;
  steps.push_back({tr(lang, "Ensuite, les sommes dues (" + amount(res.sums_due, lang) + ") portent intérêt au taux légal, jour par jour, à partir du " +
                                long_date(in.due + days{f.cap_day + 1}, lang) + " :",
                      "After that, the sums due (" + amount(res.sums_due, lang) + ") bear interest at the legal rate, day by day, from " +
                          long_date(in.due + days{f.cap_day + 1}, lang) + ":"),
                   art::L242_4});
  for (auto& s : explain_rate_segments(f.after_cap_interest.segments, lang)) steps.push_back(std::move(s));
  steps.push_back({tr(lang, "Intérêt après le plafond : " + amount(f.after_cap_cents, lang) + " (arrondi au centime).",
                      "Interest after the cap: " + amount(f.after_cap_cents, lang) + " (rounded to the cent)."),
                   art::L242_4});
}

void total_steps(const LateRefundInput& in, const LateRefundResult& res, Lang lang, Steps& steps) {
  const std::string inc = amount(res.increase.total, lang);
  steps.push_back({tr(lang, "Total dû : sommes " + amount(res.sums_due, lang) + " + majoration " + inc + " = " + amount(res.total_due, lang) + ".",
                      "Total owed: sums " + amount(res.sums_due, lang) + " + increase " + inc + " = " + amount(res.total_due, lang) + "."),
                   art::L242_4});
  if (in.refunded && res.increase.total > 0)
    steps.push_back({tr(lang, "Si le remboursement du " + long_date(in.as_of, lang) + " était complet, le vendeur vous doit encore la majoration : " + inc + ".",
                        "If the refund of " + long_date(in.as_of, lang) + " was complete, the seller still owes you the increase: " + inc + "."),
                     art::L242_4});
  if (res.days_late > 0)
    steps.push_back({tr(lang, "Cette majoration est due de plein droit : aucune mise en demeure n'est nécessaire pour qu'elle coure.",
                        "This increase is due by law (« de plein droit »): no formal notice is needed for it to run."),
                     art::L242_4});
}

void next_tier_step(const LateRefundResult& res, Lang lang, Steps& steps) {
  if (!res.next) return;
  const NextTier& n = *res.next;
  const std::string when = long_date(n.date, lang) + tr(lang, " (jour ", " (day ") + day_n(n.day) + tr(lang, " de retard)", " of delay)");
  if (n.cap) {
    steps.push_back({tr(lang, "Sans remboursement, la majoration atteindra son plafond, " + amount(n.cents, lang) + ", le " + when + ".",
                        "Without a refund, the increase will reach its cap, " + amount(n.cents, lang) + ", on " + when + "."),
                     art::L242_4});
  } else if (n.tier.kind == TierKind::legal_interest) {
    steps.push_back({tr(lang, "Sans remboursement, l'intérêt au taux légal courra à partir du " + when + ", puis la majoration passera à 5 % au 11e jour.",
                        "Without a refund, interest at the legal rate will run from " + when + ", then the increase will rise to 5 % on day 11."),
                     art::L242_4});
  } else {
    const std::string p = percent(n.tier.percent, lang);
    steps.push_back({tr(lang, "Sans remboursement d'ici là, la majoration passera à " + p + " (" + amount(n.cents, lang) + ") le " + when + ".",
                        "Unless the seller refunds before then, the increase will rise to " + p + " (" + amount(n.cents, lang) + ") on " + when + "."),
                     art::L242_4});
  }
}

Step not_l241_4_step(Lang lang) {
  return {tr(lang,
             "Ce barème (rétractation, L242-4) n'est pas celui du remboursement après annulation pour défaut de livraison "
             "(+10 %, 20 %, 50 %, L241-4), qui est une autre question.",
             "This scale (withdrawal, L242-4) is not the one for a refund after cancelling for non-delivery (+10 %, 20 %, "
             "50 %, L241-4), which is another question."),
          art::L241_4};
}

Step rate_warning_step(const LateRefundResult& res, Lang lang) {
  const std::string list = missing_half_years_text(res.rates_missing);
  if (res.nearest_rate_used)
    return {tr(lang, "ATTENTION : le taux de l'intérêt légal de " + list + " n'est pas dans la table de DroitConso ; le taux connu le plus proche a été utilisé. "
                     "Vérifiez le taux fixé par arrêté et indiquez-le (legalRatePercent) pour un calcul exact.",
               "WARNING: the legal interest rate of " + list + " is not in DroitConso's table; the nearest known rate was used. "
                     "Check the rate fixed by arrêté and give it (legalRatePercent) for an exact figure."),
            art::cmf_L313_2};
  return {tr(lang, "Le taux de l'intérêt légal de " + list + " n'est pas dans la table de DroitConso : le taux que vous avez indiqué a été utilisé.",
             "The legal interest rate of " + list + " is not in DroitConso's table: the rate you gave was used."),
          art::cmf_L313_2};
}

}  // namespace

std::optional<LateRefundResult> late_refund(const LateRefundInput& in, Lang lang) {
  LateRefundResult res;
  const auto sums = checked_add(in.price, in.delivery);
  if (!sums) return std::nullopt;
  res.sums_due = *sums;
  res.days_late = std::max(0, (in.as_of - in.due).count());
  const IncreaseInput base{res.sums_due, in.price, in.due, res.days_late, in.supplied_rate};
  const L242Readings applied_readings{};
  const auto applied = l242_4_increase(base, applied_readings);
  if (!applied) return std::nullopt;
  res.increase = *applied;
  note_rates(res.increase, res);
  const auto total = checked_add(res.sums_due, res.increase.total);
  if (!total) return std::nullopt;
  res.total_due = *total;

  // Each reading, with the figure the alternative gives (rules.md section 6, Readings).
  const int d = res.days_late;
  const Cents cents = res.increase.total;
  auto alternative = [&](IncreaseInput input, L242Readings r) -> std::optional<Cents> {
    const auto f = l242_4_increase(input, r);
    if (!f) return std::nullopt;
    note_rates(*f, res);
    return f->total;
  };
  auto add_reading = [&](ReadingId id, const std::optional<Cents>& alt, std::string fr_applied, std::string en_applied,
                         std::string fr_alt, std::string en_alt) {
    if (!alt) return false;
    res.readings.push_back({id, tr(lang, fr_applied, en_applied), tr(lang, fr_alt, en_alt), cents, *alt});
    return true;
  };
  bool ok = true;
  if (d >= 1) {
    L242Readings r{};
    r.bounds = TierBounds::lower_closed;
    ok = ok && add_reading(ReadingId::tier_bounds, alternative(base, r),
                           "Paliers (borne basse, borne haute] : le 10e jour de retard relève encore de l'intérêt légal, le 20e des 5 %.",
                           "Tiers are (lower, upper]: day 10 of delay is still legal interest, day 20 still 5 %.",
                           "Paliers [borne basse, borne haute) : le 10e jour passerait à 5 %, le 20e à 10 %, et ainsi de suite.",
                           "Tiers [lower, upper): day 10 would be 5 %, day 20 10 %, and so on.");
  }
  if (has_interest_days(res.increase, d)) {
    L242Readings r{};
    r.interest = InterestMode::flat;
    ok = ok && add_reading(ReadingId::interest_pro_rata, alternative(base, r),
                           "Intérêt au taux légal compté jour par jour : sommes × taux × jours / 365 (366 en année bissextile), chaque jour au taux de son semestre.",
                           "Legal interest counted day by day: sums × rate × days / 365 (366 in a leap year), each day at the rate of its half-year.",
                           "Taux annuel appliqué en bloc, sans prorata (sommes × taux), comme le montrent certaines pages officielles.",
                           "The yearly rate applied flat, without pro rata (sums × rate), as some official pages show.");
  }
  if (d > 90) {
    L242Readings r{};
    r.months = MonthCount::completed;
    ok = ok && add_reading(ReadingId::started_months, alternative(base, r),
                           "Au-delà de 90 jours, chaque période de 30 jours commencée ajoute 5 points (jour 91 : 55 %, jour 121 : 60 %).",
                           "Beyond 90 days, each started 30-day period adds 5 points (day 91: 55 %, day 121: 60 %).",
                           "Seules les périodes de 30 jours achevées comptent (jour 91 : 50 %, jour 120 : 55 %).",
                           "Only completed 30-day periods count (day 91: 50 %, day 120: 55 %).");
  }
  if (res.increase.capped) {
    L242Readings r{};
    r.cap = CapBase::sums_due;
    ok = ok && add_reading(ReadingId::cap_on_price, alternative(base, r),
                           "Le plafond est le prix du produit (" + amount(in.price, Lang::fr) + "), sans la livraison ; une fois atteint, intérêt au taux légal sur les sommes dues.",
                           "The cap is the product's price (" + amount(in.price, Lang::en) + "), without delivery; once reached, legal interest on the sums due.",
                           "Plafond égal à toutes les sommes dues, livraison comprise (" + amount(res.sums_due, Lang::fr) + ").",
                           "A cap equal to all the sums due, delivery included (" + amount(res.sums_due, Lang::en) + ").");
  }
  if (in.due_latest != in.due) {
    IncreaseInput later = base;
    later.due = in.due_latest;
    later.days_late = std::max(0, (in.as_of - in.due_latest).count());
    ok = ok && add_reading(ReadingId::due_safe_date, alternative(later, L242Readings{}),
                           "Échéance sûre : le " + long_date(in.due, Lang::fr) + " (un jour férié incertain ne repousse pas l'échéance).",
                           "Safe due date: " + long_date(in.due, Lang::en) + " (an uncertain holiday does not push the due date back).",
                           "Si ce jour férié incertain est chômé là où vous habitez, échéance au " + long_date(in.due_latest, Lang::fr) + ".",
                           "If that uncertain holiday is a day off where you live, due date " + long_date(in.due_latest, Lang::en) + ".");
  }
  if (!ok) return std::nullopt;
  res.prudent_cents = cents;
  for (const auto& r : res.readings) res.prudent_cents = std::min(res.prudent_cents, r.alternative_cents);

  if (!in.refunded && !res.increase.capped) {
    const int n = d == 0 ? 1 : res.increase.tier.last_day + 1;
    IncreaseInput next_in = base;
    next_in.days_late = n;
    const auto f = l242_4_increase(next_in, applied_readings);
    if (!f) return std::nullopt;
    note_rates(*f, res);
    res.next = NextTier{n, in.due + days{n}, f->tier, f->total, f->capped};
  }

  res.steps.push_back(sums_step(in, res.sums_due, lang));
  res.steps.push_back(delay_step(in, d, lang));
  tier_steps(res, lang, res.steps);
  cap_steps(in, res, lang, res.steps);
  total_steps(in, res, lang, res.steps);
  next_tier_step(res, lang, res.steps);
  if (!res.rates_missing.empty()) res.steps.push_back(rate_warning_step(res, lang));
  res.steps.push_back(not_l241_4_step(lang));
  return res;
}

}  // namespace dc
