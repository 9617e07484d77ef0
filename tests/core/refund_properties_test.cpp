// Properties of the late-refund increases that must hold for every delay and every amount:
// L242-4 (rules/late_refund, after a withdrawal) and L241-4 (rules/non_delivery_refund): the
// increase never decreases as the delay grows; it never exceeds its cap plus the legal interest
// after the cap; and no amount the product accepts (up to kMaxAmountCents, over centuries of delay)
// overflows: the engines answer, with totals that add up exactly.
#include <catch2/catch.hpp>
#include <algorithm>
#include <map>
#include <vector>
#include "calendar/iso_date.hpp"
#include "money/amount.hpp"
#include "rules/late_refund.hpp"
#include "rules/non_delivery_refund.hpp"

using namespace date::literals;
using date::days;
using date::sys_days;
using dc::Cents;

namespace {

constexpr Cents kMax = dc::kMaxAmountCents;
// The highest consumer rate of the table (2024-S1, 8.16 %), in hundredths of a percent.
constexpr std::int64_t kHighestTableRate = 816;

const std::vector<Cents>& prices() {
  static const std::vector<Cents> p{1, 99, 24990, 100'000'000, kMax};
  return p;
}

std::vector<Cents> deliveries(Cents price) { return {0, 499, price * 3 / 2 + 1, kMax}; }

const std::vector<sys_days>& due_dates() {
  static const std::vector<sys_days> d{sys_days{2015_y / 1 / 5}, sys_days{2019_y / 12 / 20}, sys_days{2024_y / 2 / 28},
                                       sys_days{2026_y / 3 / 16}};
  return d;
}

// Every delay from 0 to 450 days (every tier, the cap, the first months after it), then one in 97
// up to 20 years.
std::vector<int> delays() {
  std::vector<int> out;
  for (int d = 0; d <= 450; ++d) out.push_back(d);
  for (int d = 451; d <= 365 * 20; d += 97) out.push_back(d);
  return out;
}

dc::LateRefundResult late(Cents price, Cents delivery, sys_days due, int d, std::optional<int> rate = std::nullopt) {
  const dc::LateRefundInput in{price, delivery, 0, due, due, due + days{d}, true, rate};
  auto r = dc::late_refund(in, dc::Lang::en);
  REQUIRE(r);
  return std::move(*r);
}

// Legal interest at `rate` (hundredths of a percent) on `sums` for `n` days of a 365-day year,
// rounded up: no interest the engine computes (365- or 366-day years, rates up to `rate`) exceeds it.
Cents interest_bound(Cents sums, std::int64_t rate, std::int64_t n) {
  __extension__ typedef unsigned __int128 u128;
  const u128 num = static_cast<u128>(sums) * static_cast<u128>(rate) * static_cast<u128>(n);
  const u128 den = 10000u * 365u;
  return static_cast<Cents>((num + den - 1) / den);
}

}  // namespace

TEST_CASE("L242-4: the increase never decreases as the delay grows, and never exceeds the cap plus interest") {
  const auto all_delays = delays();
  for (const Cents price : prices()) {
    for (const Cents delivery : deliveries(price)) {
      for (const sys_days due : due_dates()) {
        INFO("price " << price << " delivery " << delivery << " due " << dc::iso_date(due));
        Cents previous_total = 0, previous_prudent = 0;
        for (const int d : all_delays) {
          const auto r = late(price, delivery, due, d);
          const auto& f = r.increase;
          INFO("day " << d << " total " << f.total << " cap " << f.cap_cents << " cap day " << f.cap_day);
          REQUIRE(r.days_late == d);
          REQUIRE(f.total >= previous_total);
          REQUIRE(r.prudent_cents >= previous_prudent);  // the smallest of the readings, too
          REQUIRE(r.prudent_cents <= f.total);
          // The parts add up; before the cap, at most the cap; after it, the cap plus interest.
          REQUIRE(f.total == f.tier_cents + f.after_cap_cents);
          REQUIRE(f.tier_cents <= f.cap_cents);
          REQUIRE(f.cap_cents == price);
          if (!f.capped) REQUIRE(f.after_cap_cents == 0);
          if (f.capped) {
            REQUIRE(f.tier_cents == f.cap_cents);
            REQUIRE(f.after_cap_cents <= interest_bound(r.sums_due, kHighestTableRate, d - f.cap_day));
          }
          REQUIRE(r.sums_due == price + delivery);
          REQUIRE(r.total_due == r.sums_due + f.total);
          previous_total = f.total;
          previous_prudent = r.prudent_cents;
        }
      }
    }
  }
}

TEST_CASE("L242-4: each of the readings that is monotonic by its wording stays so (all but the flat interest)") {
  // The flat reading applies the yearly rate once during days 1 to 10: 6.67 % on day 10, then 5 % on
  // day 11. That drop is the reading's own (rules.md section 6), not an error; every other
  // alternative must never decrease.
  const sys_days due{2026_y / 3 / 16};
  for (const Cents price : {Cents{24990}, Cents{100'000'000}}) {
    for (const Cents delivery : {Cents{0}, price * 2}) {
      std::map<dc::ReadingId, Cents> previous;
      for (int d = 0; d <= 900; ++d) {
        const auto r = late(price, delivery, due, d);
        INFO("price " << price << " delivery " << delivery << " day " << d);
        for (const auto& x : r.readings) {
          INFO("reading " << static_cast<int>(x.id));
          REQUIRE(x.cents == r.increase.total);
          if (x.id == dc::ReadingId::interest_pro_rata) continue;
          REQUIRE(x.alternative_cents >= previous[x.id]);
          previous[x.id] = x.alternative_cents;
        }
      }
    }
  }
}

TEST_CASE("L242-4: the largest amounts over centuries of delay never overflow") {
  // 1,000,000,000 € of product and as much of delivery, refunded 7,900 years late at a supplied rate
  // of 100 % for the years the table lacks: about 1.6e15 cents, well within 64 bits.
  const sys_days due{2015_y / 1 / 1};
  const sys_days last{9998_y / 12 / 31};
  for (const std::optional<int> rate : {std::optional<int>(), std::optional<int>(10000)}) {
    const dc::LateRefundInput in{kMax, kMax, kMax, due, due, last, true, rate};
    const auto r = dc::late_refund(in, dc::Lang::fr);
    REQUIRE(r);
    CHECK(r->days_late == (last - due).count());
    CHECK(r->sums_due == 2 * kMax);
    CHECK(r->increase.capped);
    CHECK(r->increase.total == kMax + r->increase.after_cap_cents);
    CHECK(r->increase.after_cap_cents > 0);
    CHECK(r->increase.after_cap_cents <= interest_bound(2 * kMax, rate ? 10000 : kHighestTableRate, r->days_late));
    CHECK(r->total_due == r->sums_due + r->increase.total);
    for (const auto& x : r->readings) CHECK(x.alternative_cents >= 0);
  }
  // The day-by-day figure of 1 cent over the same span: tiny amounts round, never go negative.
  const dc::LateRefundInput tiny{1, 0, 0, due, due, last, true, 10000};
  const auto t = dc::late_refund(tiny, dc::Lang::fr);
  REQUIRE(t);
  CHECK(t->increase.total >= 1);
}

TEST_CASE("L241-4: the increase never decreases as the delay grows, is at most 50 %, and never overflows") {
  for (const Cents paid : {Cents{1}, Cents{99}, Cents{24990}, Cents{100'000'000}, kMax}) {
    const sys_days due{2026_y / 3 / 16};
    Cents previous = 0;
    for (int d = 0; d <= 3000; ++d) {
      const dc::NonDeliveryInput in{paid, due, due + days{d}, true};
      const auto r = dc::non_delivery_refund(in, dc::Lang::en);
      REQUIRE(r);
      INFO("paid " << paid << " day " << d);
      REQUIRE(r->days_late == d);
      REQUIRE(r->increase >= previous);
      REQUIRE(r->increase * 2 <= paid + 1);  // 50 % rounded half up
      REQUIRE(r->total_due == paid + r->increase);
      previous = r->increase;
    }
    REQUIRE(previous == (paid + 1) / 2);  // 50 % beyond 60 days, half up
  }
}
