// The purchase facts as JSON fields, and the verdict as JSON (README-withdrawal.md).
#include "api/purchase_fields.hpp"
#include <algorithm>
#include <array>
#include "api/questions.hpp"
#include "rules/exclusions.hpp"
#include "rules/withdrawal_start.hpp"

namespace dc::api {
namespace {

Label label_of(Input input) {
  const InputSpec& spec = input_spec(input);
  return {spec.label_fr, spec.label_en};
}

// A choice of the input table: gives the index of the option chosen.
std::optional<std::size_t> read_option(Request& req, Input input, bool required) {
  const InputSpec& spec = input_spec(input);
  std::vector<std::string_view> values;
  for (const auto& o : spec.options) values.push_back(o.value);
  const auto chosen = req.choice(spec.field, label_of(input), values, required);
  if (!chosen) return std::nullopt;
  for (std::size_t i = 0; i < values.size(); ++i)
    if (values[i] == *chosen) return i;
  return std::nullopt;
}

template <typename Enum>
std::optional<Enum> read_enum(Request& req, Input input, bool required) {
  const auto index = read_option(req, input, required);
  if (!index) return std::nullopt;
  return static_cast<Enum>(*index);
}

int exclusion_number(Input input) {
  for (const auto& rule : exclusion_rules())
    for (const auto q : rule.questions)
      if (q == input) return rule.number;
  return 0;
}

std::string_view type_code(InputType t) {
  switch (t) {
    case InputType::choice: return "choice";
    case InputType::yes_no: return "boolean";
    case InputType::date: return "date";
  }
  return "";
}

std::string_view reason_code(NotApplicable r) {
  switch (r) {
    case NotApplicable::private_seller: return "private-seller";
    case NotApplicable::shop: return "shop";
    case NotApplicable::fair: return "fair";
    case NotApplicable::sector: return "sector";
    case NotApplicable::territory: return "territory";
    case NotApplicable::before_hamon: return "before-2014-06-14";
    case NotApplicable::exclusion: return "exclusion";
  }
  return "";
}

void read_dates_and_answers(Request& req, PurchaseFacts& f) {
  f.concluded = read_date(req, Input::concluded);
  f.received = read_date(req, Input::received);
  for (const auto& spec : all_inputs())
    if (spec.type == InputType::yes_no)
      if (const auto answer = req.boolean(spec.field, {spec.label_fr, spec.label_en}, false)) f.answers.set(spec.id, *answer);
}

}  // namespace

std::optional<date::sys_days> read_date(Request& req, Input input) {
  return req.date(input_spec(input).field, label_of(input), false);
}

void not_after_today(Request& req, Input input, std::optional<date::sys_days> day, std::optional<date::sys_days> today) {
  if (!day || !today || *day <= *today) return;
  const InputSpec& spec = input_spec(input);
  std::string fr(spec.label_fr), en(spec.label_en);
  if (!fr.empty()) fr[0] = static_cast<char>(fr[0] - 'a' + 'A');
  if (!en.empty()) en[0] = static_cast<char>(en[0] - 'a' + 'A');
  req.error(spec.field, fr + " (" + std::string(spec.field) + ") est après aujourd'hui (today).",
            en + " (" + std::string(spec.field) + ") is after today (today).");
}

PurchaseFacts read_purchase(Request& req, bool territory_required, bool contract_required) {
  PurchaseFacts f;
  f.seller = read_enum<Seller>(req, Input::seller, false);
  f.channel = read_enum<Channel>(req, Input::channel, false);
  f.territory = req.territory_answer(territory_required);
  f.contract = read_enum<ContractKind>(req, Input::contract, contract_required);
  f.sector = read_enum<Sector>(req, Input::sector, false);
  read_dates_and_answers(req, f);
  return f;
}

PurchaseFacts read_purchase_without_scope(Request& req) {
  PurchaseFacts f;
  f.territory = req.territory_answer(true);
  f.contract = read_enum<ContractKind>(req, Input::contract, false);
  read_dates_and_answers(req, f);
  return f;
}

// Written straight as JSON text (json::Value::raw): the list is constant texts, most of a
// cannot-tell answer's bytes, and as a tree of values it took more time than the rules themselves.
// Same keys, same order as every other object of the API.
json::Value missing_json(const std::vector<Input>& missing) {
  json::TextWriter out(1024 * missing.size() + 2);
  const auto key = [&out](std::string_view k) {
    out.put('"');
    out.put(k);
    out.put("\":", 2);
  };
  const auto both = [&out](std::string_view fr, std::string_view en) {
    out.put("{\"fr\":", 6);
    out.quoted(fr);
    out.put(",\"en\":", 6);
    out.quoted(en);
    out.put('}');
  };
  out.put('[');
  for (const Input input : missing) {
    const InputSpec& spec = input_spec(input);
    if (out.size() > 1) out.put(',');
    out.put('{');
    key("field");
    out.quoted(spec.field);
    out.put(',');
    key("type");
    out.quoted(type_code(spec.type));
    out.put(',');
    key("group");
    out.quoted(spec.group);
    out.put(',');
    key("article");
    out.quoted(spec.article.label);
    out.put(',');
    key("url");
    out.quoted(spec.article.url);
    if (const int n = exclusion_number(input)) {
      out.put(',');
      key("exclusion");
      out.put(std::to_string(n));
    }
    out.put(',');
    key("question");
    both(spec.question_fr, spec.question_en);
    if (!spec.help_fr.empty()) {
      out.put(',');
      key("help");
      both(spec.help_fr, spec.help_en);
    }
    if (!spec.options.empty()) {
      out.put(',');
      key("options");
      out.put('[');
      for (std::size_t i = 0; i < spec.options.size(); ++i) {
        if (i) out.put(',');
        out.put('{');
        key("value");
        out.quoted(spec.options[i].value);
        out.put(',');
        key("label");
        both(spec.options[i].fr, spec.options[i].en);
        out.put('}');
      }
      out.put(']');
    }
    out.put('}');
  }
  out.put(']');
  return json::Value::raw(std::move(out).take());
}

void write_verdict(json::Value& out, const Verdict& verdict, const Eligibility& eligibility) {
  if (const auto* no = std::get_if<DoesNotApply>(&verdict)) {
    out.set("outcome", "does-not-apply");
    json::Value reason = json::Value::object();
    reason.set("code", std::string(reason_code(no->reason)));
    if (no->exclusion) reason.set("exclusion", no->exclusion);
    reason.set("text", no->why.text);
    reason.set("article", std::string(no->why.article.label));
    reason.set("url", std::string(no->why.article.url));
    out.set("reason", std::move(reason));
    out.set("consequences", steps_json(no->consequences));
  } else if (const auto* unknown = std::get_if<CannotTell>(&verdict)) {
    out.set("outcome", "cannot-tell");
    out.set("missing", missing_json(unknown->missing));
  } else {
    out.set("outcome", "applies");
  }
  out.set("checks", steps_json(eligibility.checks));
  out.set("notes", steps_json(eligibility.notes));
}

// The facts beyond the purchase; errors for dates after today or in an impossible order.
WithdrawalFacts read_withdrawal_facts(Request& req, PurchaseFacts purchase, date::sys_days today) {
  WithdrawalFacts f{std::move(purchase), read_date(req, Input::information_received), read_date(req, Input::withdrawal_sent),
                    read_date(req, Input::seller_informed), read_date(req, Input::goods_received_back),
                    read_date(req, Input::proof_of_shipment_sent), std::nullopt, std::nullopt, std::nullopt, today};
  constexpr long long kMaxCents = 100'000'000'000;  // one billion euros
  f.price_cents = req.integer("priceCents", {"le prix payé (en centimes)", "the price paid (in cents)"}, 0, kMaxCents, false);
  f.delivery_cents = req.integer("deliveryCents", {"les frais de livraison payés (en centimes)",
                                                   "the delivery cost paid (in cents)"}, 0, kMaxCents, false);
  f.standard_delivery_cents = req.integer("standardDeliveryCents", {"le coût de la livraison standard (en centimes)",
                                                                     "the standard delivery cost (in cents)"},
                                          0, kMaxCents, false);
  for (const auto& [input, day] : std::array<std::pair<Input, std::optional<date::sys_days>>, 6>{{
           {Input::concluded, f.purchase.concluded},
           {Input::information_received, f.information_received},
           {Input::withdrawal_sent, f.withdrawal_sent},
           {Input::seller_informed, f.seller_informed},
           {Input::goods_received_back, f.goods_received_back},
           {Input::proof_of_shipment_sent, f.proof_of_shipment_sent},
       }})
    not_after_today(req, input, day, today);
  const auto& p = f.purchase;
  if (p.concluded && p.received && *p.received < *p.concluded)
    req.error("received", "La date de réception (received) est avant la conclusion du contrat (concluded).",
              "The date of receipt (received) is before the contract was concluded (concluded).");
  if (p.concluded && f.withdrawal_sent && *f.withdrawal_sent < *p.concluded)
    req.error("withdrawalSent", "La rétractation (withdrawalSent) est datée d'avant la conclusion du contrat (concluded).",
              "The withdrawal (withdrawalSent) is dated before the contract was concluded (concluded).");
  if (f.withdrawal_sent && f.seller_informed && *f.seller_informed < *f.withdrawal_sent)
    req.error("sellerInformed", "Le vendeur (sellerInformed) ne peut pas être informé avant l'envoi (withdrawalSent).",
              "The seller (sellerInformed) cannot be informed before the withdrawal was sent (withdrawalSent).");
  return f;
}

// The start date the contract needs is required, as the date of receipt always was.
void require_start_date(Request& req, const PurchaseFacts& p, date::sys_days today) {
  const Input start = start_input(*p.contract);
  const InputSpec& spec = input_spec(start);
  // Not given: required. Given but not a date: its error is already recorded, once.
  const auto& errors = req.errors();
  const bool wrong = std::any_of(errors.begin(), errors.end(), [&](const FieldError& e) { return e.field == spec.field; });
  if ((start == Input::concluded ? !p.concluded : !p.received) && !wrong)
    req.date(spec.field, {spec.label_fr, spec.label_en}, true);
  if (p.received && *p.received > today)
    req.error("received", "La date de réception (received) est après aujourd'hui (today) : indiquez le jour où vous avez reçu le bien.",
              "The date of receipt (received) is after today (today): give the day you received the goods.");
}

}  // namespace dc::api
