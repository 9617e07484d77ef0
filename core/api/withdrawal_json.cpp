// Codes the API shows for the refund-due rule and for "sent in time" (withdrawal, refund, refusal).
#include "api/withdrawal_json.hpp"

namespace dc::api {

std::string_view refund_rule_code(RefundDueRule r) {
  switch (r) {
    case RefundDueRule::informed_plus_14_days: return "informed-plus-14-days";
    case RefundDueRule::goods_received_back: return "goods-received-back";
    case RefundDueRule::proof_of_shipment: return "proof-of-shipment";
    case RefundDueRule::not_yet_known: return "not-yet-known";
  }
  return "";
}

std::string_view sent_code(SentInTime s) {
  switch (s) {
    case SentInTime::yes: return "yes";
    case SentInTime::no: return "no";
    case SentInTime::uncertain: return "uncertain";
  }
  return "";
}

}  // namespace dc::api
