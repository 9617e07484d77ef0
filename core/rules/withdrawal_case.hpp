// The whole withdrawal right for one purchase (rules.md sections 1, 2, 4, 5 and 8): does it apply,
// when does the period start and end (with the L221-20 extension), where today stands, how to
// withdraw, and once withdrawn, when the goods go back and when the refund is due. Every part is
// computed from the facts given only; what is unknown is listed, in asking order.
#pragma once
#include <cstdint>
#include <date/date.h>
#include <optional>
#include <vector>
#include "rules/eligibility.hpp"
#include "rules/extension.hpp"
#include "rules/how_to_withdraw.hpp"
#include "rules/refund_due.hpp"
#include "rules/return_goods.hpp"
#include "rules/withdrawal.hpp"
#include "rules/withdrawal_start.hpp"

namespace dc {

struct WithdrawalFacts {
  PurchaseFacts purchase;  // its answers also hold every yes/no input (infoGiven, online, sellerCollects…)
  std::optional<date::sys_days> information_received;
  std::optional<date::sys_days> withdrawal_sent;
  std::optional<date::sys_days> seller_informed;
  std::optional<date::sys_days> goods_received_back;
  std::optional<date::sys_days> proof_of_shipment_sent;
  std::optional<std::int64_t> price_cents, delivery_cents, standard_delivery_cents;
  date::sys_days today;
};

enum class SentInTime { yes, no, uncertain };

struct WithdrawalPeriod {
  WithdrawalStart start;
  PeriodEnd initial;                  // the 14 days
  std::optional<Extension> extension;  // the seller did not give the information
  PeriodEnd end;                      // the last day to send the withdrawal
  DeadlineFromToday from_today;
  // When it is not known whether the information was given: the end if it was not.
  std::optional<Extension> if_not_informed;
  std::optional<DeadlineFromToday> if_not_informed_from_today;
  std::optional<SentInTime> sent_in_time;
  Steps steps;
};

struct RefundPart {
  std::optional<RefundDueInput> input;
  std::optional<RefundDue> due;
  std::optional<RefundSums> sums;
  std::vector<Input> missing;
  Steps steps;
};

struct WithdrawalCase {
  Eligibility eligibility;
  Verdict verdict;                       // eligibility, then what the period itself still needs
  std::optional<WithdrawalPeriod> period;  // once the start date and the territory are known
  std::optional<HowToWithdraw> how;      // unless the right does not apply
  std::optional<ReturnDue> return_goods;  // goods, once the withdrawal was sent in time
  std::optional<RefundPart> refund;      // once the withdrawal was sent or the seller informed
};

WithdrawalCase assess_withdrawal(const WithdrawalFacts& facts, Lang lang);

}  // namespace dc
