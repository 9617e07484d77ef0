// The proof file: what to keep, built for one case and one refusal, each item saying why it matters
// (who must prove what, and by which article). Nothing is uploaded: a page only lets the person tick
// the items, and prints or downloads the list.
#pragma once
#include <string>
#include <string_view>
#include <vector>
#include "rules/refusal.hpp"

namespace dc {

struct ProofItem {
  std::string_view id;  // "order-confirmation", "receipt-date", "withdrawal-sent", "return-tracking", "photos",
                        // "seller-messages", "terms-of-sale", "bank-statement"
  std::string title;
  Step why;             // why it matters, with the article
  bool key;             // decisive for this refusal reason
};

std::vector<ProofItem> proof_file(RefusalReason reason, const RefusalFacts& facts, Lang lang);

// The same list as plain text, one "☐ title — why (article)" line per item, for printing or download.
std::string proof_file_text(const std::vector<ProofItem>& items, Lang lang);

}  // namespace dc
