// Every article the product cites: its short label and its official link (Légifrance, EUR-Lex).
// Code de la consommation articles are labelled by their number alone ("L221-19"), as the public
// JSON API shows them; other codes carry their abbreviation ("C. trav. L3133-1", "C. civ. 1648").
// Ids come from rules.md or from public copies of Légifrance links (rules/legifrance_ids.tsv);
// where no article id was found, the link opens the code itself and the label names the article.
#pragma once
#include <string_view>

namespace dc {

struct ArticleRef {
  std::string_view label;
  std::string_view url;
  friend constexpr bool operator==(const ArticleRef&, const ArticleRef&) = default;
};

namespace art {

#define DC_LEGIARTI(id) "https://www.legifrance.gouv.fr/codes/article_lc/" id
#define DC_CODE(id) "https://www.legifrance.gouv.fr/codes/texte_lc/" id
#define DC_CONSOM DC_CODE("LEGITEXT000006069565")
#define DC_CIVIL DC_CODE("LEGITEXT000006070721")
#define DC_CMF DC_CODE("LEGITEXT000006072026")
#define DC_CPC DC_CODE("LEGITEXT000006070716")
#define DC_CPCE DC_CODE("LEGITEXT000025024948")

// Code de la consommation
inline constexpr ArticleRef liminaire{"article liminaire", DC_CONSOM};  // who is a consumer, a professional
inline constexpr ArticleRef D111_8{"D111-8", DC_CONSOM};       // marketplaces show the seller's declared status
inline constexpr ArticleRef L221_2{"L221-2", DC_CONSOM};       // sectors outside the chapter
inline constexpr ArticleRef L221_4{"L221-4", DC_LEGIARTI("LEGIARTI000044563153")};
inline constexpr ArticleRef L221_5{"L221-5", DC_CONSOM};       // pre-contractual information
inline constexpr ArticleRef L221_13{"L221-13", DC_CONSOM};
inline constexpr ArticleRef L221_18{"L221-18", DC_LEGIARTI("LEGIARTI000032226842")};
inline constexpr ArticleRef L221_19{"L221-19", DC_LEGIARTI("LEGIARTI000032226840")};
inline constexpr ArticleRef L221_20{"L221-20", DC_LEGIARTI("LEGIARTI000032226836")};
inline constexpr ArticleRef L221_21{"L221-21", DC_LEGIARTI("LEGIARTI000053310520")};
inline constexpr ArticleRef L221_22{"L221-22", DC_CONSOM};
inline constexpr ArticleRef L221_23{"L221-23", DC_LEGIARTI("LEGIARTI000032221377")};
inline constexpr ArticleRef L221_24{"L221-24", DC_LEGIARTI("LEGIARTI000032226828")};
inline constexpr ArticleRef L221_25{"L221-25", DC_LEGIARTI("LEGIARTI000044563179")};
inline constexpr ArticleRef L221_26{"L221-26", DC_CONSOM};
inline constexpr ArticleRef L221_28{"L221-28", DC_LEGIARTI("LEGIARTI000044563170")};
inline constexpr ArticleRef R221_1{"R221-1", DC_LEGIARTI("LEGIARTI000045418603")};
inline constexpr ArticleRef L217_3{"L217-3", DC_CONSOM};
inline constexpr ArticleRef L217_5{"L217-5", DC_CONSOM};
inline constexpr ArticleRef L217_7{"L217-7", DC_CONSOM};
inline constexpr ArticleRef L217_9{"L217-9", DC_LEGIARTI("LEGIARTI000044152553")};
inline constexpr ArticleRef L217_10{"L217-10", DC_CONSOM};
inline constexpr ArticleRef L217_13{"L217-13", DC_CONSOM};
inline constexpr ArticleRef L217_14{"L217-14", DC_CONSOM};
inline constexpr ArticleRef L218_2{"L218-2", DC_CONSOM};
// The model information notice of the legal guarantees (décret 2022-946): immobilisation suspends the guarantee.
inline constexpr ArticleRef D211_2_annex{"D211-2 annexe", DC_LEGIARTI("LEGIARTI000045981314")};
// Wording before 1 January 2022, for contracts concluded before then (numbered L211-x before 1 July 2016).
inline constexpr ArticleRef L217_7_old{"L217-7 ancien", DC_CONSOM};    // presumption 6 / 24 months
inline constexpr ArticleRef L217_9_old{"L217-9 ancien", DC_CONSOM};    // repair or replacement
inline constexpr ArticleRef L217_10_old{"L217-10 ancien", DC_CONSOM};  // reduction or cancellation, 1 month
inline constexpr ArticleRef L217_12_old{"L217-12 ancien", DC_CONSOM};  // 2 years from delivery to act
// The guarantee of conformity of goods applies to contracts concluded after 19 February 2005; no
// Légifrance id found: the Senate's ratification report states it.
inline constexpr ArticleRef ord_2005_136{"Ord. 2005-136", "https://www.senat.fr/rap/l05-277/l05-2772.html"};
inline constexpr ArticleRef L224_25_12{"L224-25-12", DC_CONSOM};
inline constexpr ArticleRef L224_25_16{"L224-25-16", DC_CONSOM};
inline constexpr ArticleRef L224_59{"L224-59", DC_CONSOM};     // fairs and exhibitions
inline constexpr ArticleRef L224_62{"L224-62", DC_CONSOM};     // fairs: a linked credit keeps its own withdrawal
inline constexpr ArticleRef L241_4{"L241-4", DC_CONSOM};
inline constexpr ArticleRef L242_3{"L242-3", DC_CONSOM};
inline constexpr ArticleRef L242_4{"L242-4", DC_LEGIARTI("LEGIARTI000032226378")};
inline constexpr ArticleRef L242_13{"L242-13", DC_CONSOM};
inline constexpr ArticleRef L612_1{"L612-1", DC_LEGIARTI("LEGIARTI000032224805")};
inline constexpr ArticleRef L612_2{"L612-2", DC_LEGIARTI("LEGIARTI000032224802")};
inline constexpr ArticleRef R631_3{"R631-3", DC_CONSOM};

// Code civil
inline constexpr ArticleRef civ_1344_1{"C. civ. 1344-1", DC_CIVIL};
inline constexpr ArticleRef civ_1641{"C. civ. 1641", DC_LEGIARTI("LEGIARTI000006441924")};
inline constexpr ArticleRef civ_1644{"C. civ. 1644", DC_LEGIARTI("LEGIARTI000030254091")};
inline constexpr ArticleRef civ_1645{"C. civ. 1645", DC_CIVIL};
inline constexpr ArticleRef civ_1648{"C. civ. 1648", DC_LEGIARTI("LEGIARTI000006442013")};
inline constexpr ArticleRef civ_2224{"C. civ. 2224", DC_LEGIARTI("LEGIARTI000019017112")};
inline constexpr ArticleRef civ_2232{"C. civ. 2232", DC_CIVIL};

// Code du travail: public holidays
inline constexpr ArticleRef trav_L3133_1{"C. trav. L3133-1", DC_LEGIARTI("LEGIARTI000006902611")};
inline constexpr ArticleRef trav_L3134_13{"C. trav. L3134-13", DC_LEGIARTI("LEGIARTI000006902635")};
inline constexpr ArticleRef trav_L3422_2{"C. trav. L3422-2", DC_LEGIARTI("LEGIARTI000035902463")};
// A customary day off has no statute: the link shows the statutory list, which does not include it.
inline constexpr ArticleRef customary_day{"usage local", DC_LEGIARTI("LEGIARTI000006902611")};

// Code monétaire et financier: the legal interest rate, fixed each half-year by arrêté
inline constexpr ArticleRef cmf_L313_2{"CMF L313-2", DC_CMF};

// Procedure and others
inline constexpr ArticleRef cpc_641{"CPC 641", DC_CPC};  // months: same date, else the month's last day
inline constexpr ArticleRef cpc_750_1{"CPC 750-1", DC_LEGIARTI("LEGIARTI000039501708")};
inline constexpr ArticleRef cpc_1405{"CPC 1405", DC_LEGIARTI("LEGIARTI000006412552")};
inline constexpr ArticleRef cpc_761{"CPC 761", DC_CPC};  // 3°: no lawyer for a claim up to 10,000 euros
inline constexpr ArticleRef coj_R211_3_24{"COJ R211-3-24", DC_LEGIARTI("LEGIARTI000039013368")};
// The withdrawal period in the Directive: sending before the end is what counts (art. 11(2)).
inline constexpr ArticleRef dir_2011_83_art11{"Dir. 2011/83/UE, art. 11",
                                              "https://eur-lex.europa.eu/legal-content/FR/TXT/?uri=CELEX:32011L0083"};
// Loi Hamon: the 14-day regime, for contracts concluded from 14 June 2014.
inline constexpr ArticleRef loi_2014_344{"loi n° 2014-344", "https://www.legifrance.gouv.fr/loda/id/JORFTEXT000028738036"};
// New Caledonia, French Polynesia, Wallis-and-Futuna, Saint-Pierre-et-Miquelon: their own consumer
// rules (rules.md section 1). No single text to cite: the link opens Légifrance's search.
inline constexpr ArticleRef local_consumer_rules{"règles locales", "https://www.legifrance.gouv.fr/"};
inline constexpr ArticleRef cpce_L125_1{"CPCE L125-1", DC_CPCE};  // small-claims recovery up to 5,000 euros

// Code monétaire et financier: card payments
inline constexpr ArticleRef cmf_L133_8{"CMF L133-8", DC_CMF};    // an authorised payment is irrevocable
inline constexpr ArticleRef cmf_L133_18{"CMF L133-18", DC_CMF};  // unauthorised: refunded by the next business day
inline constexpr ArticleRef cmf_L133_24{"CMF L133-24", DC_CMF};  // unauthorised: reported within 13 months

// Public services, not articles: the label names the service, the link opens its official site.
inline constexpr ArticleRef signalconso{"SignalConso", "https://signal.conso.gouv.fr"};  // DGCCRF reports
inline constexpr ArticleRef cec_france{"CEC France", "https://www.europe-consommateurs.eu"};  // European Consumer Centre

inline constexpr ArticleRef reg_1182_71{"Règl. (CEE) 1182/71",
                                        "https://eur-lex.europa.eu/legal-content/FR/TXT/?uri=CELEX:31971R1182"};

#undef DC_CMF
#undef DC_CPCE
#undef DC_CPC
#undef DC_CIVIL
#undef DC_CONSOM
#undef DC_CODE
#undef DC_LEGIARTI

}  // namespace art
}  // namespace dc
