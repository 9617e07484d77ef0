// {"question":"conformity","item":"goods","contract":…,"delivered":…,"condition":"new",
//  "defectAppeared":…,"requested":…,"history":[…],"today":…}: the legal guarantee of conformity
// (rules.md section 10). Facts not given are listed in "missing"; bad ones are errors naming the field.
#include <array>
#include "api/date_checks.hpp"
#include "api/questions.hpp"
#include "api/term_json.hpp"
#include "rules/conformity.hpp"
#include "text/fill.hpp"

namespace dc::api {
namespace {

using date::sys_days;

constexpr std::array<std::string_view, 3> kItems{"goods", "goodsWithDigitalElements", "digital"};
constexpr std::array<std::string_view, 2> kConditions{"new", "secondHand"};
constexpr std::array<std::string_view, 2> kKinds{"repair", "replacement"};
constexpr std::size_t kMaxHistory = 20;

constexpr Label kContract{"la date du contrat", "the date of the contract"};
constexpr Label kDelivered{"la date de livraison", "the delivery date"};
constexpr Label kDefect{"la date d'apparition du défaut", "the date the defect appeared"};
constexpr Label kRequested{"la date de votre demande au vendeur", "the date of your request to the seller"};
constexpr Label kSupplyEnd{"la fin de la fourniture continue", "the end of the continuous supply"};
constexpr Label kFrom{"le début de l'immobilisation", "the first day of immobilisation"};
constexpr Label kReturned{"la date de remise du bien", "the day the goods were handed back"};

std::string entry_name(std::size_t i) { return fill("history[{}]", {std::to_string(i)}); }

// A nested entry's errors, renamed "history[i].field" in the field and in the message.
void adopt_errors(Request& req, const Request& sub, const std::string& prefix) {
  for (FieldError e : sub.errors()) {
    const std::string full = fill("{}.{}", {prefix, e.field});
    const std::string needle = fill("({})", {e.field});
    if (const auto at = e.message.find(needle); at != std::string::npos)
      e.message.replace(at, needle.size(), fill("({})", {full}));
    req.error(full, e.message, e.message);
  }
  for (const auto& unknown : sub.unknown_fields()) {
    const std::string shown = quote_input(unknown);
    req.error(fill("{}.{}", {prefix, unknown}), fill("Champ inconnu dans {} : {}.", {prefix, shown}),
              fill("Unknown field in {}: {}.", {prefix, shown}));
  }
}

std::optional<Intervention> read_entry(Request& req, const json::Value& item, std::size_t i) {
  const std::string prefix = entry_name(i);
  if (!item.is(json::Value::Type::object)) {
    req.error(prefix, fill("Chaque intervention ({}) doit être un objet avec kind et immobilisedFrom.", {prefix}),
              fill("Each entry ({}) must be an object with kind and immobilisedFrom.", {prefix}));
    return std::nullopt;
  }
  Request sub(item, req.lang());
  const auto kind = sub.choice("kind", {"le type d'intervention", "the kind of intervention"}, kKinds, true);
  const auto from = sub.date("immobilisedFrom", kFrom, true);
  const auto returned = sub.date("returned", kReturned, false);
  const auto after = sub.boolean("afterRepairNotDone", {"la réparation non faite", "the repair left undone"}, false);
  if (kind && *kind == "repair" && after)
    sub.error("afterRepairNotDone", "Le champ afterRepairNotDone (afterRepairNotDone) ne vaut que pour un remplacement.",
              "The field afterRepairNotDone (afterRepairNotDone) only applies to a replacement.");
  adopt_errors(req, sub, prefix);
  if (!kind || !from || !sub.errors().empty()) return std::nullopt;
  const auto k = *kind == "repair" ? Intervention::Kind::repair : Intervention::Kind::replacement;
  return Intervention{k, *from, returned, after};
}

void check_entry_dates(Request& req, const std::vector<Intervention>& h, std::size_t i,
                       std::optional<sys_days> delivered, sys_days today) {
  const std::string p = entry_name(i);
  const std::string from_name = fill("{}.immobilisedFrom", {p}), returned_name = fill("{}.returned", {p});
  const DateField from{from_name, kFrom, h[i].immobilised_from};
  const DateField returned{returned_name, kReturned, h[i].returned};
  check_not_after_today(req, from, today);
  check_not_after_today(req, returned, today);
  check_not_before(req, returned, from);
  check_not_before(req, from, {"delivered", kDelivered, delivered});
  if (i == 0) return;
  const std::string previous = fill("{}.returned", {entry_name(i - 1)});
  if (!h[i - 1].returned)
    req.error(previous, fill("Seule la dernière intervention peut être sans date de remise ({}).", {previous}),
              fill("Only the last entry may have no return date ({}).", {previous}));
  else
    check_not_before(req, from, {previous, kReturned, h[i - 1].returned});
}

std::vector<Intervention> read_history(Request& req, ConformityItem item, std::optional<sys_days> delivered,
                                       sys_days today) {
  std::vector<Intervention> out;
  const json::Value* v = req.value("history");
  if (!v) return out;
  if (!v->is(json::Value::Type::array) || v->items().size() > kMaxHistory) {
    req.error("history", "L'historique (history) doit être une liste d'au plus 20 interventions.",
              "The history (history) must be a list of at most 20 entries.");
    return out;
  }
  if (item == ConformityItem::digital && !v->items().empty()) {
    req.error("history", "L'historique des réparations (history) ne vaut que pour un bien, pas pour un contenu numérique.",
              "The repair history (history) only applies to goods, not to digital content.");
    return out;
  }
  bool complete = true;
  for (std::size_t i = 0; i < v->items().size(); ++i) {
    if (auto entry = read_entry(req, v->items()[i], i)) out.push_back(*entry);
    else complete = false;
  }
  if (!complete) return {};
  for (std::size_t i = 0; i < out.size(); ++i) check_entry_dates(req, out, i, delivered, today);
  return out;
}

std::optional<ConformityInput> read_input(Request& req) {
  ConformityInput in;
  const auto item = req.choice("item", {"le type de bien", "the kind of item"}, kItems, true);
  in.contract = req.date("contract", kContract, false);
  in.delivered = req.date("delivered", kDelivered, false);
  if (const auto c = req.choice("condition", {"l'état du bien", "the condition of the goods"}, kConditions, false))
    in.condition = *c == "new" ? GoodsCondition::new_goods : GoodsCondition::second_hand;
  in.continuous_supply = req.boolean("continuousSupply", {"la fourniture continue", "the continuous supply"}, false);
  in.supply_end = req.date("supplyEnd", kSupplyEnd, false);
  in.defect_appeared = req.date("defectAppeared", kDefect, false);
  in.requested = req.date("requested", kRequested, false);
  if (req.has("territory")) in.territory = req.territory();
  const auto today = req.date("today", {"la date du jour", "today's date"}, true);
  if (!item || !today) return std::nullopt;
  in.item = *item == "goods" ? ConformityItem::goods
            : *item == "digital" ? ConformityItem::digital
                                 : ConformityItem::goods_with_digital_elements;
  in.today = *today;
  in.history = read_history(req, in.item, in.delivered, in.today);
  return in;
}

void check_input(Request& req, const ConformityInput& in) {
  const DateField contract{"contract", kContract, in.contract}, delivered{"delivered", kDelivered, in.delivered},
      defect{"defectAppeared", kDefect, in.defect_appeared}, requested{"requested", kRequested, in.requested},
      supply_end{"supplyEnd", kSupplyEnd, in.supply_end};
  for (const auto* f : {&contract, &delivered, &defect, &requested}) check_not_after_today(req, *f, in.today);
  check_not_before(req, delivered, contract);
  check_not_before(req, defect, delivered);
  check_not_before(req, requested, defect);
  if (!in.defect_appeared) check_not_before(req, requested, delivered);
  check_not_before(req, supply_end, delivered);
  if (in.supply_end && !in.continuous_supply.value_or(false))
    req.error("supplyEnd", "La fin de fourniture (supplyEnd) ne s'indique qu'avec \"continuousSupply\": true.",
              "The end of supply (supplyEnd) is only given with \"continuousSupply\": true.");
  if (in.item == ConformityItem::goods && in.continuous_supply)
    req.error("continuousSupply", "La fourniture continue (continuousSupply) concerne un bien à éléments numériques "
              "(item \"goodsWithDigitalElements\") ou un contenu numérique (item \"digital\").",
              "Continuous supply (continuousSupply) concerns goods with digital elements (item "
              "\"goodsWithDigitalElements\") or digital content (item \"digital\").");
}

// ---- The result ------------------------------------------------------------------------------------

std::string missing_name(const MissingFact& m) {
  switch (m.fact) {
    case ConformityFact::contract: return "contract";
    case ConformityFact::delivered: return "delivered";
    case ConformityFact::condition: return "condition";
    case ConformityFact::continuous_supply: return "continuousSupply";
    case ConformityFact::supply_end: return "supplyEnd";
    case ConformityFact::defect_appeared: return "defectAppeared";
    case ConformityFact::after_repair_not_done: return fill("{}.afterRepairNotDone", {entry_name(m.index)});
  }
  return "";
}

std::string_view remedy_code(Remedy r) {
  switch (r) {
    case Remedy::repair: return "repair";
    case Remedy::replacement: return "replacement";
    case Remedy::price_reduction: return "priceReduction";
    case Remedy::cancellation: return "cancellation";
  }
  return "";
}

std::string_view outcome_code(ConformityOutcome o) {
  switch (o) {
    case ConformityOutcome::answered: return "answered";
    case ConformityOutcome::cannot_tell: return "cannotTell";
    case ConformityOutcome::not_covered: return "notCovered";
  }
  return "";
}

json::Value guarantee_json(const ConformityResult& r) {
  json::Value g = json::Value::object();
  g.set("until", date_or_null(r.until));
  g.set("status", std::string(term_status_code(r.from_today.status)));
  g.set("daysLeft", days_left_json(r.from_today));
  g.set("defectCovered", bool_or_null(r.defect_covered));
  if (r.until_if_each_repair_extends) g.set("untilIfEachRepairExtends", date_or_null(r.until_if_each_repair_extends));
  if (r.suspended_since) g.set("suspendedSince", date_or_null(r.suspended_since));
  if (r.days_left_at_suspension) g.set("daysLeftAtSuspension", static_cast<long long>(*r.days_left_at_suspension));
  if (r.new_guarantee_from) g.set("newGuaranteeFrom", date_or_null(r.new_guarantee_from));
  if (r.digital_elements) {
    json::Value d = json::Value::object();
    d.set("until", date_or_null(r.digital_elements->until));
    d.set("status", std::string(term_status_code(r.digital_elements->from_today.status)));
    d.set("daysLeft", days_left_json(r.digital_elements->from_today));
    d.set("defectCovered", bool_or_null(r.digital_elements->defect_covered));
    g.set("digitalElements", std::move(d));
  }
  return g;
}

json::Value presumption_json(const ConformityResult& r) {
  json::Value p = json::Value::object();
  p.set("months", r.presumption_months ? json::Value(*r.presumption_months) : json::Value());
  p.set("until", date_or_null(r.presumption_until));
  p.set("presumed", bool_or_null(r.presumed));
  p.set("burdenOfProof", r.burden ? json::Value(*r.burden == ProofBurden::seller ? "seller" : "consumer") : json::Value());
  return p;
}

json::Value remedies_json(const std::optional<ConformityRemedies>& m) {
  if (!m) return {};
  json::Value out = json::Value::object();
  json::Value list = json::Value::array();
  for (const auto r : m->available) list.push(std::string(remedy_code(r)));
  out.set("available", std::move(list));
  out.set("sellerDeadline", date_or_null(m->seller_deadline));
  out.set("reductionOrCancellationFrom", date_or_null(m->reduction_or_cancellation_from));
  return out;
}

json::Value result_json(const ConformityResult& r) {
  json::Value out = json::Value::object();
  out.set("outcome", std::string(outcome_code(r.outcome)));
  out.set("regime", r.regime ? json::Value(*r.regime == ConformityRegime::from2022 ? "from2022" : "before2022")
                             : json::Value());
  json::Value missing = json::Value::array();
  for (const auto& m : r.missing) missing.push(missing_name(m));
  out.set("missing", std::move(missing));
  out.set("guarantee", guarantee_json(r));
  out.set("presumption", presumption_json(r));
  out.set("remedies", remedies_json(r.remedies));
  out.set("steps", steps_json(r.steps));
  out.set("information", steps_json(r.information));
  return out;
}

}  // namespace

json::Value answer_conformity(Request& req) {
  const auto in = read_input(req);
  if (!in || !check_today_for_long_periods(req, in->today)) return {};
  check_input(req, *in);
  if (!req.errors().empty()) return {};
  return result_json(legal_conformity(*in, req.lang()));
}

}  // namespace dc::api
