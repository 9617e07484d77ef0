// The proof file (rules/proof_file.hpp): built for the case and the refusal, each item with the rule
// that makes it matter.
#include <catch2/catch.hpp>
#include <algorithm>
#include "rules/proof_file.hpp"

namespace {

using date::sys_days;
using date::year;

dc::RefusalFacts goods_case() {
  dc::RefusalFacts f{};
  f.withdrawal.purchase.contract = dc::ContractKind::goods;
  f.withdrawal.purchase.received = sys_days{year{2026} / 3 / 22};
  f.withdrawal.withdrawal_sent = sys_days{year{2026} / 3 / 30};
  f.withdrawal.today = sys_days{year{2026} / 4 / 10};
  return f;
}

const dc::ProofItem* find(const std::vector<dc::ProofItem>& items, std::string_view id) {
  const auto it = std::find_if(items.begin(), items.end(), [&](const auto& i) { return i.id == id; });
  return it == items.end() ? nullptr : &*it;
}

}  // namespace

TEST_CASE("The proof file of a goods case holds the eight items, each with its article") {
  const auto items = dc::proof_file(dc::RefusalReason::too_late, goods_case(), dc::Lang::fr);
  REQUIRE(items.size() == 8);
  const auto* sent = find(items, "withdrawal-sent");
  REQUIRE(sent);
  CHECK(sent->why.article.label == "L221-22");  // burden of proof on the consumer
  CHECK(sent->why.text.find("lundi 30 mars 2026") != std::string::npos);
  const auto* receipt = find(items, "receipt-date");
  REQUIRE(receipt);
  CHECK(receipt->key);  // decisive for "too late"
  CHECK(receipt->why.text.find("dimanche 22 mars 2026") != std::string::npos);
  CHECK(find(items, "terms-of-sale")->why.article.label == "L221-20");
  CHECK(find(items, "return-tracking")->why.article.label == "L221-24");
  CHECK(find(items, "photos")->why.article.label == "L221-23");
  CHECK(find(items, "bank-statement")->why.article.label == "L242-4");
  CHECK(find(items, "seller-messages")->why.article.label == "L612-2");
  CHECK_FALSE(find(items, "photos")->key);
}

TEST_CASE("The proof file follows the case and the reason") {
  auto f = goods_case();
  CHECK(find(dc::proof_file(dc::RefusalReason::opened_or_used, f, dc::Lang::en), "photos")->key);
  f.withdrawal.purchase.answers.set(dc::Input::seller_collects, true);
  CHECK_FALSE(find(dc::proof_file(dc::RefusalReason::too_late, f, dc::Lang::en), "return-tracking"));
  f.withdrawal.purchase.contract = dc::ContractKind::service;
  const auto service = dc::proof_file(dc::RefusalReason::vouchers, f, dc::Lang::en);
  CHECK(service.size() == 5);  // nothing received, returned or photographed
  CHECK_FALSE(find(service, "receipt-date"));
  CHECK(find(service, "bank-statement")->key);
}

TEST_CASE("The printable proof file lists every item with a box and its article") {
  const auto items = dc::proof_file(dc::RefusalReason::no_answer, goods_case(), dc::Lang::en);
  const std::string text = dc::proof_file_text(items, dc::Lang::en);
  CHECK(text.rfind("Proof file — to keep, nothing is sent\n", 0) == 0);
  CHECK(std::count(text.begin(), text.end(), '\n') == 10);
  CHECK(text.find("☐ Proof of sending the withdrawal — ") != std::string::npos);
  CHECK(text.find("(L221-22)") != std::string::npos);
}
