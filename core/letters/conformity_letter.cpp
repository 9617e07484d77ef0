// Fills templates/conformity_notice.txt.
#include "letters/conformity_letter.hpp"
#include "money/amount.hpp"

namespace dc::letters {
namespace {

std::string optional_day(const std::optional<date::sys_days>& d) { return d ? letter_day(*d) : std::string(); }

}  // namespace

Letter conformity_letter(const ConformityLetterFacts& f) {
  const bool before2022 = f.deadlines.regime == ConformityRegime::before2022;
  Fields fields{
      {"order_reference", f.order_reference},
      {"product", f.product},
      {"ordered", letter_day(f.ordered)},
      {"delivered", letter_day(f.delivered)},
      {"price", f.price_cents ? write_amount(*f.price_cents, Lang::fr) : std::string()},
      {"noticed", optional_day(f.noticed)},
      {"defect", f.defect},
      {"remedy", f.remedy == ConformityRemedy::repair ? "la réparation" : "le remplacement"},
      {"remedy_due", letter_day(f.deadlines.remedy_due)},
      {"guarantee_until", optional_day(f.deadlines.guarantee_until)},
      {"presumption_until", optional_day(f.deadlines.presumption_until)},
      {"before2022", before2022 ? "yes" : ""},
  };
  std::vector<ArticleRef> articles = before2022 ? std::vector<ArticleRef>{art::L217_9_old, art::L217_10_old, art::L217_12_old}
                                                : std::vector<ArticleRef>{art::L217_3, art::L217_10, art::L217_14};
  return assemble_letter("conformity", "conformity_notice", f.header, std::move(fields), std::move(articles));
}

}  // namespace dc::letters
