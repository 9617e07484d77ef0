// Fills templates/withdrawal.txt.
#include "letters/withdrawal_letter.hpp"

namespace dc::letters {
namespace {

std::string ordered_received(const WithdrawalLetterFacts& f) {
  std::string out;
  if (f.ordered) out = "commandé le " + letter_day(*f.ordered);
  if (f.received) out += (out.empty() ? "" : ", ") + std::string("reçu le ") + letter_day(*f.received);
  return out;
}

}  // namespace

Letter withdrawal_letter(const WithdrawalLetterFacts& f) {
  Fields fields{
      {"items", f.items},
      {"order_reference", f.order_reference},
      {"ordered_received", ordered_received(f)},
      {"withdrawal_deadline", f.deadline ? letter_day(*f.deadline) : std::string()},
      {"extended", f.deadline && f.extended ? "yes" : ""},
  };
  std::vector<ArticleRef> articles{art::R221_1, art::L221_18, art::L221_21};
  if (f.deadline) articles.push_back(art::L221_19);
  if (f.deadline && f.extended) articles.push_back(art::L221_20);
  return assemble_letter("withdrawal", "withdrawal", f.header, std::move(fields), std::move(articles));
}

}  // namespace dc::letters
