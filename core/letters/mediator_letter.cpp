// Fills templates/mediator.txt; the list of steps taken comes from its @step_… sections.
#include "letters/mediator_letter.hpp"
#include "rules/escalation.hpp"

namespace dc::letters {
namespace {

std::string steps_taken(const MediatorLetterFacts& f) {
  std::vector<std::string> items{render_section("mediator", "step_complaint", {{"date", letter_day(f.complaint_sent)}})};
  if (f.notice_sent)
    items.push_back(render_section("mediator", "step_notice",
                                   {{"date", letter_day(*f.notice_sent)},
                                    {"notice_days", std::to_string(f.notice_days)},
                                    {"notice_deadline", letter_day(notice_deadline(*f.notice_sent, f.notice_days))}}));
  if (f.seller_answered)
    items.push_back(render_section("mediator", "step_answer", {{"date", letter_day(*f.seller_answered)}, {"answer", f.seller_answer}}));
  else
    items.push_back(render_section("mediator", "step_no_answer", {}));
  std::string out;
  for (const auto& item : items) {
    if (!out.empty()) out += '\n';
    out += item;
  }
  return out;
}

}  // namespace

Letter mediator_letter(const MediatorLetterFacts& f) {
  Fields fields{
      {"seller_name", f.seller.name},
      {"seller_inline", inline_party(f.seller)},
      {"product", f.product},
      {"order_reference", f.order_reference},
      {"ordered", f.ordered ? letter_day(*f.ordered) : std::string()},
      {"dispute", f.dispute},
      {"claim", f.claim},
      {"steps_taken", steps_taken(f)},
      {"complaint_date", letter_day(f.complaint_sent)},
      {"mediator_until", letter_day(f.mediator_until)},
  };
  return assemble_letter("mediator", "mediator", f.header, std::move(fields), {art::L612_1, art::L612_2});
}

}  // namespace dc::letters
