// L221-28, 1° to 13° (in force since 28 May 2022), with L221-25 and L221-26 where they say what
// is owed, and the legal guarantees that survive an exclusion (rules.md sections 8 and 10).
#include "rules/exclusions.hpp"
#include <array>
#include <string>

namespace dc {
namespace {

using K = ContractKind;
using I = Input;

constexpr ContractKind kGoods[] = {K::goods, K::goods_several, K::subscription};
constexpr ContractKind kSingleIssues[] = {K::goods, K::goods_several};  // 10°: subscriptions are not excluded
constexpr ContractKind kServices[] = {K::service, K::utility};
constexpr ContractKind kGoodsAndServices[] = {K::goods, K::goods_several, K::subscription, K::service, K::utility};
constexpr ContractKind kService[] = {K::service};
constexpr ContractKind kAuctioned[] = {K::goods, K::goods_several, K::subscription, K::service};
constexpr ContractKind kDigital[] = {K::digital_content};

constexpr Input q1[] = {I::service_fully_performed, I::service_consent};
constexpr Input q2[] = {I::financial_market_price};
constexpr Input q3[] = {I::personalised};
constexpr Input q4[] = {I::perishable};
constexpr Input q5[] = {I::hygiene_product, I::unsealed};
constexpr Input q6[] = {I::mixed_inseparably};
constexpr Input q7[] = {I::alcohol, I::alcohol_late_delivery, I::alcohol_market_value};
constexpr Input q8[] = {I::urgent_repair};
constexpr Input q9[] = {I::recording_or_software, I::unsealed};
constexpr Input q10[] = {I::newspaper};
constexpr Input q11[] = {I::public_auction};
constexpr Input q12[] = {I::accommodation_or_leisure, I::specific_date};
constexpr Input q13[] = {I::digital_begun, I::digital_consent, I::digital_confirmation};

constexpr std::array<ExclusionRule, 13> kRules{{
    {1, q1, kServices, "services entièrement exécutés", "fully performed services",
     "Un service entièrement exécuté avant la fin du délai, commencé avec votre accord préalable exprès et après que vous "
     "avez reconnu perdre votre droit une fois l'exécution complète, n'ouvre plus de droit de rétractation.",
     "A service fully performed before the end of the period, begun with your prior express consent and after you "
     "acknowledged losing your right once it was complete, no longer carries a withdrawal right.",
     "Le service a été exécuté sans votre accord exprès et sans que vous ayez reconnu perdre votre droit : l'exception "
     "ne joue pas, vous pouvez vous rétracter.",
     "The service was performed without your express consent and acknowledgement of losing your right: the exception "
     "does not apply, you may withdraw."},
    {2, q2, kGoodsAndServices, "prix lié aux marchés financiers", "price tied to financial markets",
     "Un bien ou un service dont le prix dépend de fluctuations des marchés financiers que le vendeur ne contrôle pas "
     "n'ouvre pas de droit de rétractation.",
     "Goods or services whose price depends on financial-market fluctuations the seller does not control carry no "
     "withdrawal right.",
     "", ""},
    {3, q3, kGoods, "biens personnalisés", "personalised goods",
     "Un bien confectionné selon vos spécifications ou nettement personnalisé n'ouvre pas de droit de rétractation.",
     "Goods made to your specifications or clearly personalised carry no withdrawal right.", "", ""},
    {4, q4, kGoods, "biens périssables", "perishable goods",
     "Un bien susceptible de se détériorer ou de se périmer rapidement n'ouvre pas de droit de rétractation.",
     "Goods liable to deteriorate or expire rapidly carry no withdrawal right.", "", ""},
    {5, q5, kGoods, "biens descellés, hygiène ou santé", "unsealed goods, hygiene or health",
     "Un bien que vous avez descellé après la livraison et qui ne peut être renvoyé pour des raisons d'hygiène ou de "
     "protection de la santé n'ouvre plus de droit de rétractation.",
     "Goods you unsealed after delivery that cannot be returned for reasons of hygiene or health protection no longer "
     "carry a withdrawal right.",
     "Tant que vous ne le descellez pas, vous gardez votre droit de rétractation : ne l'ouvrez pas si vous pensez le "
     "renvoyer.",
     "As long as you do not unseal it, you keep your withdrawal right: do not open it if you may send it back."},
    {6, q6, kGoods, "biens mélangés", "mixed goods",
     "Un bien mélangé de manière indissociable avec d'autres articles après la livraison n'ouvre plus de droit de "
     "rétractation.",
     "Goods inseparably mixed with other items after delivery no longer carry a withdrawal right.", "", ""},
    {7, q7, kGoods, "boissons alcoolisées livrées après 30 jours", "alcoholic drinks delivered after 30 days",
     "Une boisson alcoolisée livrée plus de 30 jours après la conclusion, à une valeur convenue qui dépend de "
     "fluctuations du marché que le vendeur ne contrôle pas, n'ouvre pas de droit de rétractation.",
     "An alcoholic drink delivered more than 30 days after conclusion, at an agreed value that depends on market "
     "fluctuations the seller does not control, carries no withdrawal right.",
     "Une boisson alcoolisée n'est exclue que si ces deux conditions sont réunies : ce n'est pas le cas, vous pouvez vous "
     "rétracter.",
     "An alcoholic drink is excluded only when both conditions are met: they are not, you may withdraw."},
    {8, q8, kService, "dépannage urgent à domicile", "urgent repair at home",
     "Des travaux d'entretien ou de réparation urgents à votre domicile, expressément demandés par vous, n'ouvrent pas de "
     "droit de rétractation, dans la limite des pièces et travaux strictement nécessaires pour répondre à l'urgence.",
     "Urgent maintenance or repair work at your home that you expressly asked for carries no withdrawal right, within "
     "the limit of the parts and work strictly needed to deal with the emergency.",
     "", ""},
    {9, q9, kGoods, "enregistrements et logiciels descellés", "unsealed recordings and software",
     "Un enregistrement audio ou vidéo ou un logiciel que vous avez descellé après la livraison n'ouvre plus de droit de "
     "rétractation.",
     "An audio or video recording or software you unsealed after delivery no longer carries a withdrawal right.",
     "Tant que vous ne le descellez pas, vous gardez votre droit de rétractation.",
     "As long as you do not unseal it, you keep your withdrawal right."},
    {10, q10, kSingleIssues, "journaux et magazines", "newspapers and magazines",
     "Un journal, un périodique ou un magazine (hors abonnement) n'ouvre pas de droit de rétractation.",
     "A newspaper, periodical or magazine (other than a subscription) carries no withdrawal right.", "", ""},
    {11, q11, kAuctioned, "enchères publiques", "public auctions",
     "Un contrat conclu lors d'une enchère publique n'ouvre pas de droit de rétractation.",
     "A contract concluded at a public auction carries no withdrawal right.", "", ""},
    {12, q12, kService, "hébergement, transport, location de voiture, restauration, loisirs datés",
     "dated accommodation, transport, car rental, catering, leisure",
     "Un hébergement (autre que résidentiel), un transport de biens, une location de voiture, de la restauration ou une "
     "activité de loisirs à fournir à une date ou pendant une période déterminée n'ouvre pas de droit de rétractation.",
     "Accommodation (other than residential), transport of goods, car rental, catering or a leisure activity to be "
     "provided on a specific date or during a specific period carries no withdrawal right.",
     "Sans date ni période déterminée, l'exception ne joue pas : vous pouvez vous rétracter.",
     "Without a specific date or period, the exception does not apply: you may withdraw."},
    {13, q13, kDigital, "contenu numérique dont la fourniture a commencé", "digital content whose supply has begun",
     "Un contenu numérique sans support matériel dont la fourniture a commencé avec votre accord préalable exprès, votre "
     "reconnaissance de la perte du droit et la confirmation du vendeur sur un support durable n'ouvre plus de droit de "
     "rétractation.",
     "Digital content without a tangible medium whose supply began with your prior express consent, your "
     "acknowledgement of losing the right and the seller's confirmation on a durable medium no longer carries a "
     "withdrawal right.",
     "Sans votre accord exprès, la reconnaissance de la perte du droit et la confirmation du vendeur, l'exception ne joue "
     "pas : vous pouvez vous rétracter.",
     "Without your express consent, your acknowledgement of losing the right and the seller's confirmation, the "
     "exception does not apply: you may withdraw."},
}};

bool concerns(const ExclusionRule& rule, ContractKind kind) {
  for (const auto k : rule.kinds)
    if (k == kind) return true;
  return false;
}

std::string numbered(const ExclusionRule& rule, Lang lang) {
  const std::string n = std::to_string(rule.number);
  return tr(lang, "Exception " + n + "° (" + std::string(rule.name_fr) + ")",
            "Exception " + n + " (" + std::string(rule.name_en) + ")");
}

// "Exception 3° (…) : un bien…": the sentence goes on after the colon in lower case.
std::string after_colon(std::string_view sentence) {
  std::string out(sentence);
  if (!out.empty() && out[0] >= 'A' && out[0] <= 'Z') out[0] = static_cast<char>(out[0] - 'A' + 'a');
  return out;
}

enum class RuleState { not_concerned, excluded, unknown };

struct RuleCheck {
  RuleState state;
  std::vector<Input> missing;
  std::optional<Step> step;
};

// The gate first; its conditions only once the gate is yes; any "no" ends it.
RuleCheck check_rule(const ExclusionRule& rule, const YesNoAnswers& answers, Lang lang) {
  const auto gate = answers[rule.questions.front()];
  if (!gate) return {RuleState::unknown, {rule.questions.front()}, std::nullopt};
  if (!*gate)
    return {RuleState::not_concerned, {},
            Step{numbered(rule, lang) + tr(lang, " : ne concerne pas votre achat.", ": does not concern your purchase."),
                 art::L221_28}};
  std::vector<Input> unknown;
  for (const auto q : rule.questions.subspan(1)) {
    const auto a = answers[q];
    if (a && !*a)
      return {RuleState::not_concerned, {},
              Step{numbered(rule, lang) + tr(lang, " : ", ": ") + after_colon(tr(lang, rule.not_met_fr, rule.not_met_en)),
                   art::L221_28}};
    if (!a) unknown.push_back(q);
  }
  if (!unknown.empty()) return {RuleState::unknown, unknown, std::nullopt};
  return {RuleState::excluded, {}, Step{numbered(rule, lang) + tr(lang, " : ", ": ") +
                                            after_colon(tr(lang, rule.excluded_fr, rule.excluded_en)),
                                        art::L221_28}};
}

}  // namespace

std::span<const ExclusionRule> exclusion_rules() { return kRules; }

const ExclusionRule& exclusion_rule(int number) { return kRules[static_cast<std::size_t>(number - 1)]; }

ExclusionCheck check_exclusions(ContractKind kind, const YesNoAnswers& answers, Lang lang) {
  ExclusionCheck out;
  for (const auto& rule : kRules) {
    if (!concerns(rule, kind)) continue;
    RuleCheck c = check_rule(rule, answers, lang);
    if (c.step) out.steps.push_back(std::move(*c.step));
    if (c.state == RuleState::excluded) {  // the first that holds decides; its step is the last one
      out.excluded_by = rule.number;
      out.missing.clear();
      return out;
    }
    out.missing.insert(out.missing.end(), c.missing.begin(), c.missing.end());
  }
  out.missing = in_asking_order(std::move(out.missing));
  return out;
}

Steps exclusion_consequences(int number, ContractKind kind, Lang lang) {
  Steps out;
  if (number == 8)
    out.push_back({tr(lang,
                      "L'exception se limite aux pièces et travaux strictement nécessaires pour répondre à l'urgence : "
                      "elle ne couvre pas les autres travaux ni les autres biens vendus à cette occasion.",
                      "The exception is limited to the parts and work strictly needed for the emergency: it does not "
                      "cover other work or other goods sold on that occasion."),
                   art::L221_28});
  if (is_goods(kind)) {
    out.push_back({tr(lang,
                      "Les garanties légales restent dues : la garantie légale de conformité (L217-3 et suivants) "
                      "couvre les défauts du bien.",
                      "The legal guarantees still apply: the legal guarantee of conformity (L217-3 and following) "
                      "covers defects of the goods."),
                   art::L217_3});
    out.push_back({tr(lang, "La garantie des vices cachés s'applique aussi.", "The guarantee against hidden defects also applies."),
                   art::civ_1641});
  } else if (kind == ContractKind::digital_content) {
    out.push_back({tr(lang, "La garantie légale de conformité des contenus numériques reste due.",
                      "The legal guarantee of conformity of digital content still applies."),
                   art::L224_25_12});
  } else {
    out.push_back({tr(lang,
                      "Une exception ne supprime que le droit de rétractation : le professionnel reste tenu d'exécuter le "
                      "contrat comme convenu.",
                      "An exception only removes the withdrawal right: the professional must still perform the contract "
                      "as agreed."),
                   art::L221_28});
  }
  return out;
}

}  // namespace dc
