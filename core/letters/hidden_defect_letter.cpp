// Fills templates/hidden_defect.txt.
#include "letters/hidden_defect_letter.hpp"
#include "money/amount.hpp"
#include "rules/escalation.hpp"

namespace dc::letters {

Letter hidden_defect_letter(const HiddenDefectLetterFacts& f) {
  const bool full = f.remedy == HiddenDefectRemedy::return_and_refund;
  Fields fields{
      {"order_reference", f.order_reference},
      {"product", f.product},
      {"bought", letter_day(f.bought)},
      {"delivered", f.delivered ? letter_day(*f.delivered) : std::string()},
      {"price", f.price_cents ? write_amount(*f.price_cents, Lang::fr) : std::string()},
      {"discovered", letter_day(f.discovered)},
      {"defect", f.defect},
      {"return_and_refund", full ? "yes" : ""},
      {"partial_refund", full ? "" : "yes"},
      {"seller_knew", f.seller_knew ? "yes" : ""},
      {"action_until", f.deadlines.action_until ? letter_day(*f.deadlines.action_until) : std::string()},
      {"capped", f.deadlines.action_until && f.deadlines.capped ? "yes" : ""},
      {"notice_days", std::to_string(f.notice_days)},
      {"reply_by", letter_day(notice_deadline(f.header.date, f.notice_days))},
  };
  std::vector<ArticleRef> articles{art::civ_1641, art::civ_1644, art::civ_1648};
  if (f.seller_knew) articles.push_back(art::civ_1645);
  if (f.deadlines.action_until && f.deadlines.capped) articles.push_back(art::civ_2232);
  return assemble_letter("hiddenDefect", "hidden_defect", f.header, std::move(fields), std::move(articles));
}

}  // namespace dc::letters
