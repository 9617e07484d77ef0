// Fills templates/conformity_notice.txt.
#include "letters/conformity_letter.hpp"
#include "text/euros.hpp"

namespace dc::letters {
namespace {

std::string optional_day(const std::optional<date::sys_days>& d) { return d ? letter_day(*d) : std::string(); }

}  // namespace

date::sys_days remedy_due(date::sys_days request) { return request + date::days{kRemedyDays}; }

Letter conformity_letter(const ConformityLetterFacts& f) {
  Fields fields{
      {"order_reference", f.order_reference},
      {"product", f.product},
      {"ordered", letter_day(f.ordered)},
      {"delivered", letter_day(f.delivered)},
      {"price", f.price_cents ? euros(*f.price_cents, Lang::fr) : std::string()},
      {"noticed", optional_day(f.noticed)},
      {"defect", f.defect},
      {"remedy", f.remedy == ConformityRemedy::repair ? "la réparation" : "le remplacement"},
      {"remedy_due", letter_day(remedy_due(f.header.date))},
      {"guarantee_until", optional_day(f.deadlines.guarantee_until)},
      {"presumption_until", optional_day(f.deadlines.presumption_until)},
  };
  return assemble_letter("conformity", "conformity_notice", f.header, std::move(fields),
                         {art::L217_3, art::L217_10, art::L217_14});
}

}  // namespace dc::letters
