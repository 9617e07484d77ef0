// L241-4: the increase of the sums to refund after a cancellation for non-delivery.
#include "rules/non_delivery_refund.hpp"
#include <algorithm>
#include "money/amount.hpp"
#include "money/percent.hpp"
#include "text/date_words.hpp"

namespace dc {
namespace {

using date::days;

std::optional<Cents> increase_for(Cents paid, const L241Tier& t) { return mul_div_round_half_up(paid, t.percent, 100); }

}  // namespace

L241Tier l241_4_tier(int d) {
  if (d <= 0) return {};
  if (d <= 30) return {10, 1, 30};
  if (d <= 60) return {20, 31, 60};
  return {50, 61, 0};
}

std::optional<NonDeliveryResult> non_delivery_refund(const NonDeliveryInput& in, Lang lang) {
  NonDeliveryResult r;
  r.days_late = std::max(0, (in.as_of - in.due).count());
  r.tier = l241_4_tier(r.days_late);
  const auto inc = increase_for(in.paid, r.tier);
  if (!inc) return std::nullopt;
  r.increase = *inc;
  const auto total = checked_add(in.paid, r.increase);
  if (!total) return std::nullopt;
  r.total_due = *total;
  if (!in.refunded && r.tier.percent < 50) {
    const int n = r.days_late == 0 ? 1 : r.tier.last_day + 1;
    const L241Tier next = l241_4_tier(n);
    const auto cents = increase_for(in.paid, next);
    if (!cents) return std::nullopt;
    r.next = NonDeliveryNextTier{n, in.due + days{n}, next, *cents};
  }

  const std::string paid = write_amount(in.paid, lang), due = long_date(in.due, lang), on = long_date(in.as_of, lang);
  const std::string n = std::to_string(r.days_late);
  r.steps.push_back({tr(lang,
                        "Contrat annulé pour défaut de livraison : le vendeur doit rembourser la totalité des sommes "
                        "versées, " + paid + ", au plus tard le " + due + ".",
                        "Contract cancelled for non-delivery: the seller must refund every sum paid, " + paid + ", by " + due + "."),
                     art::L241_4});
  if (r.days_late == 0) {
    r.steps.push_back({in.refunded ? tr(lang, "Remboursé le " + on + " : à temps, aucune majoration.", "Refunded on " + on + ": on time, no increase.")
                                   : tr(lang, "Au " + on + ", le vendeur n'est pas encore en retard.", "On " + on + ", the seller is not late yet."),
                       art::L241_4});
  } else {
    const std::string p = write_percent(r.tier.percent * 100, lang);
    const std::string range = r.tier.last_day ? tr(lang, "de " + std::to_string(r.tier.first_day) + " à " + std::to_string(r.tier.last_day) + " jours",
                                                   "from " + std::to_string(r.tier.first_day) + " to " + std::to_string(r.tier.last_day) + " days")
                                              : tr(lang, "au-delà de 60 jours", "beyond 60 days");
    r.steps.push_back({tr(lang, (in.refunded ? "Remboursé le " + on : "Pas encore remboursé au " + on) + " : " + n + " jour(s) de retard.",
                          (in.refunded ? "Refunded on " + on : "Not refunded yet on " + on) + ": " + n + " day(s) late."),
                       art::L241_4});
    r.steps.push_back({tr(lang, "Retard " + range + " : les sommes sont majorées de " + p + " : " + paid + " × " + p + " = " +
                                    write_amount(r.increase, lang) + ". Total dû : " + write_amount(r.total_due, lang) + ".",
                          "Delay " + range + ": the sums are increased by " + p + ": " + paid + " × " + p + " = " +
                              write_amount(r.increase, lang) + ". Total owed: " + write_amount(r.total_due, lang) + "."),
                       art::L241_4});
  }
  if (r.next)
    r.steps.push_back({tr(lang, "Sans remboursement d'ici là, la majoration passera à " + write_percent(r.next->tier.percent * 100, lang) + " (" +
                                    write_amount(r.next->cents, lang) + ") le " + long_date(r.next->date, lang) + ".",
                          "Unless the seller refunds before then, the increase will rise to " + write_percent(r.next->tier.percent * 100, lang) +
                              " (" + write_amount(r.next->cents, lang) + ") on " + long_date(r.next->date, lang) + "."),
                       art::L241_4});
  r.steps.push_back({tr(lang,
                        "Ce barème (défaut de livraison, L241-4) n'est pas celui du remboursement tardif après une "
                        "rétractation (L242-4), qui est une autre question.",
                        "This scale (non-delivery, L241-4) is not the one for a late refund after a withdrawal (L242-4), "
                        "which is another question."),
                     art::L242_4});
  return r;
}

}  // namespace dc
