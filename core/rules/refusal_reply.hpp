// The reply to a refusal that does not stand in law: short, factual, in French whatever the page's
// language (it goes to a French seller), citing the articles, with the case's own dates and amounts
// as the engines computed them, ready to paste into the seller's contact form or chat.
#pragma once
#include <string>
#include "rules/refusal.hpp"

namespace dc {

std::string refusal_reply(const RefusalAnswer& answer, const RefusalFacts& facts, const WithdrawalCase& c);

}  // namespace dc
