// When the seller says no (rules.md sections 4, 5, 6, 8 and 11): the seller's stock sentence, checked
// against the law for one case. Each reason is judged on the dates and amounts the withdrawal, refund
// and late-refund engines compute for the case (assess_withdrawal, refund_due_date, refund_sums,
// late_refund); nothing here counts a period or an increase again. Four outcomes, never confused: the
// refusal stands in law; it does not (why, which article, the French reply to send); it cannot be
// told yet (the fields still needed); the reason is not in the list (the general rule).
#pragma once
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>
#include "rules/escalation.hpp"
#include "rules/late_refund.hpp"
#include "rules/withdrawal_case.hpp"

namespace dc {

enum class RefusalReason {
  opened_or_used,         // "the packaging was opened" / "the product was used" (L221-23)
  too_late,               // "too late" (L221-18, L221-19, L221-20)
  cannot_be_returned,     // "this item cannot be returned" (L221-28)
  vouchers,               // "we refund in vouchers / store credit" (L221-24)
  delivery_not_refunded,  // "delivery costs are not refunded" (L221-24)
  return_costs_deducted,  // "return costs deducted" (L221-23)
  not_received_back,      // "we have not received the return" / "we refund when it arrives" (L221-24, L242-4)
  third_party_seller,     // "contact the third-party seller" on a marketplace (article liminaire, D111-8)
  no_answer,              // no answer at all (L242-4: the increase runs without formal notice)
  other,                  // anything else: the general rule
};

struct RefusalReasonInfo {
  RefusalReason id;
  std::string_view code;           // the JSON value of "reason"
  std::string_view label_fr, label_en;  // the seller's sentence, as a page offers it
};

std::span<const RefusalReasonInfo> refusal_reasons();
std::optional<RefusalReason> refusal_reason(std::string_view code);
const RefusalReasonInfo& refusal_reason_info(RefusalReason reason);

struct RefusalFacts {
  WithdrawalFacts withdrawal;                     // the same facts as the "withdrawal" question
  std::optional<bool> voucher_accepted;           // the consumer expressly agreed to a voucher (L221-24)
  std::optional<date::sys_days> complaint_sent;   // the written complaint, for the plan's next step
  std::optional<date::sys_days> notice_sent;      // the formal notice, for the plan's next step
};

enum class Lawfulness { lawful, unlawful, cannot_tell, not_in_list };

// The letter of the "letter" question to send when the reply fails.
enum class NextLetter { none, refund_notice, conformity, hidden_defect };

struct RefusalAnswer {
  RefusalReason reason;
  Lawfulness outcome = Lawfulness::cannot_tell;
  std::vector<std::string_view> missing;  // JSON fields still needed (cannot_tell)
  std::vector<Input> ask;                 // those of them a page can ask from the input table, in asking order
  ArticleRef article;                     // the article that decides
  Steps why;                              // the reasoning, each step with its article
  Steps consequences;                     // what still applies when the refusal stands (the guarantees…)
  std::string reply;                      // French, ready to paste, when the refusal does not stand
  NextLetter letter = NextLetter::none;
  Steps next;                             // what to do next
  std::optional<Stage> next_stage;        // the plan's next stage (escalation_plan)
  // Reused from the case's engines, when known.
  std::optional<PeriodEnd> deadline;      // the last day to send the withdrawal
  std::optional<SentInTime> sent_in_time;
  std::optional<RefundDue> refund_due;
  std::optional<Cents> sums_due;          // price + standard delivery (refund_sums)
  std::optional<Cents> delivery_owed;     // the standard delivery part of the refund (refund_sums)
  std::optional<LateRefundResult> late;   // when the refund is late and the price is known
};

RefusalAnswer assess_refusal(RefusalReason reason, const RefusalFacts& facts, Lang lang);

}  // namespace dc
