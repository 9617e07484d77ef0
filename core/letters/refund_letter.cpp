// Fills templates/refund_notice.txt.
#include "letters/refund_letter.hpp"
#include <algorithm>
#include "money/amount.hpp"
#include "rules/escalation.hpp"

namespace dc::letters {
namespace {

std::string optional_day(const std::optional<date::sys_days>& d) { return d ? letter_day(*d) : std::string(); }

std::string without_final_period(std::string s) {
  if (!s.empty() && s.back() == '.') s.pop_back();
  return s;
}

// DroitConso's reading, named by the tier the delay falls in (L242-4's scale).
std::string applied_tier(const LateRefundResult& r) {
  const L242Tier& t = r.increase.tier;
  if (r.increase.capped) return "majoration plafonnée au prix du produit, puis intérêt au taux légal sur les sommes dues";
  const std::string days = "jours " + std::to_string(t.first_day) + " à " + std::to_string(t.last_day) + " de retard";
  switch (t.kind) {
    case TierKind::none: return "pas de retard";
    case TierKind::legal_interest: return "intérêt au taux légal, jour par jour (" + days + ")";
    case TierKind::percent: return std::to_string(t.percent) + " % des sommes dues (" + days + ")";
  }
  return "";
}

}  // namespace

ClaimedIncrease claimed_increase(const LateRefundResult& r) {
  ClaimedIncrease out{r.prudent_cents, applied_tier(r), std::nullopt, {}};
  if (r.prudent_cents >= r.increase.total) return out;  // DroitConso's readings give the smallest figure
  const auto lowest = std::find_if(r.readings.begin(), r.readings.end(),
                                   [&](const ReadingFigure& f) { return f.alternative_cents == r.prudent_cents; });
  if (lowest == r.readings.end()) return out;
  out.reading = "« " + without_final_period(lowest->alternative) + " »";
  out.applied_cents = r.increase.total;
  out.applied_reading = without_final_period(lowest->applied);
  return out;
}

Letter refund_letter(const RefundLetterFacts& f) {
  const LateRefundResult& r = *f.refund;
  const ClaimedIncrease claimed = claimed_increase(r);
  const std::string alternative =
      claimed.applied_cents ? "Selon l'autre lecture (« " + claimed.applied_reading + " »), la majoration serait de " +
                                  write_amount(*claimed.applied_cents, Lang::fr) + "."
                            : std::string();
  Fields fields{
      {"order_reference", f.order_reference},
      {"product", f.product},
      {"withdrawal_sent", optional_day(f.withdrawal_sent)},
      {"seller_informed", optional_day(f.seller_informed)},
      {"goods_sent_back", optional_day(f.goods_sent_back)},
      {"amount_due", write_amount(r.sums_due, Lang::fr)},
      {"refund_due", letter_day(f.refund_due)},
      {"today", letter_day(f.as_of)},
      {"days_late", std::to_string(r.days_late)},
      {"increase_amount", write_amount(claimed.cents, Lang::fr)},
      {"total_due", write_amount(r.sums_due + claimed.cents, Lang::fr)},
      {"reading_name", claimed.reading},
      {"alternative", alternative},
      {"notice_days", std::to_string(f.notice_days)},
      {"reply_by", letter_day(notice_deadline(f.header.date, f.notice_days))},
  };
  return assemble_letter("refund", "refund_notice", f.header, std::move(fields), {art::L221_24, art::L242_4});
}

}  // namespace dc::letters
