// The refund question's fields and the engines they feed (README-refund.md documents every field).
#include "api/refund_fields.hpp"
#include "api/date_checks.hpp"
#include "api/withdrawal_json.hpp"
#include <array>

namespace dc::api {
namespace {

using date::sys_days;

// The facts section 5 needs when the due date is not given directly.
constexpr std::array<std::string_view, 6> kDueFacts{"contract",      "sellerInformed",          "territory",
                                                   "sellerCollects", "goodsReceivedBack", "proofOfShipmentSent"};
constexpr std::array<std::string_view, 3> kGoodsFacts{"sellerCollects", "goodsReceivedBack", "proofOfShipmentSent"};

// Legal interest rates are known from 1 January 2015 (two rates since then; rules.md section 7).
bool before_rate_table(sys_days due) { return due < legal_rate_table().front().from; }

// Section 5 inputs, read only when the due date is not given directly; nullopt on a request error.
std::optional<RefundDueInput> read_due_facts(Request& req, const std::optional<sys_days>& today) {
  static constexpr std::array<std::string_view, 2> kContracts{"goods", "services"};
  const auto contract = req.choice("contract", {"le type de contrat", "the kind of contract"}, kContracts, true);
  const auto informed = req.date("sellerInformed", {"la date où le vendeur a été informé de la rétractation",
                                              "the date the seller was informed of the withdrawal"}, true);
  const auto territory = req.territory();
  const auto collects = req.boolean("sellerCollects", {"si le vendeur a proposé de récupérer le bien",
                                                       "whether the seller offered to collect the goods"}, false);
  const auto back = req.date("goodsReceivedBack", {"la date où le vendeur a récupéré le bien",
                                                   "the date the seller got the goods back"}, false);
  const auto proof = req.date("proofOfShipmentSent", {"la date où vous avez fourni la preuve d'expédition",
                                                  "the date you sent proof of shipment"}, false);
  if (!contract || !informed || !territory) return std::nullopt;
  const bool goods = *contract == "goods";
  if (!goods)
    for (const auto f : kGoodsFacts)
      if (req.has(f))
        req.error(f, "Ce champ (" + std::string(f) + ") ne concerne que les biens (contract \"goods\").",
                  "This field (" + std::string(f) + ") only applies to goods (contract \"goods\").");
  for (const auto& [field, day] : {std::pair{"goodsReceivedBack", back}, std::pair{"proofOfShipmentSent", proof}, std::pair{"sellerInformed", informed}})
    if (day && today && *day > *today)
      req.error(field, "Cette date (" + std::string(field) + ") est après aujourd'hui (today).",
                "This date (" + std::string(field) + ") is after today (today).");
  if (!req.errors().empty()) return std::nullopt;
  return RefundDueInput{*informed, goods, collects, back, proof, *territory};
}

}  // namespace

RefundEnd read_refund_end(Request& req) {
  const auto errors_before = req.errors().size();
  RefundEnd end{req.date("refunded", {"la date du remboursement", "the date of the refund"}, false),
                req.date("today", {"la date du jour", "today's date"}, false)};
  // Absent, null or blank alike (a bad date has its own error): one of the two is needed.
  if (!end.refunded && !end.today && req.errors().size() == errors_before)
    req.error("refunded", "Indiquez la date du remboursement (refunded) ou, s'il n'a pas encore eu lieu, la date du jour (today).",
              "Give the date of the refund (refunded) or, if there has been none yet, today's date (today).");
  if (end.refunded && end.today && *end.refunded > *end.today)
    req.error("refunded", "La date du remboursement (refunded) est après aujourd'hui (today).",
              "The date of the refund (refunded) is after today (today).");
  return end;
}

std::optional<RefundCase> read_refund_case(Request& req) {
  const Lang lang = req.lang();
  const auto price = req.amount("price", {"le prix du produit", "the product's price"}, 1, true);
  const auto delivery = req.amount("delivery", {"les frais de livraison standard", "the standard delivery cost"}, 0, false);
  const auto premium = req.amount("premiumDelivery", {"le supplément pour une livraison plus chère",
                                                      "the surcharge for a dearer delivery"}, 0, false);
  const auto rate = req.percent("legalRatePercent", {"le taux de l'intérêt légal", "the legal interest rate"}, 1, 3000, false);
  const RefundEnd end = read_refund_end(req);
  const auto& refunded = end.refunded;
  const auto& today = end.today;

  std::optional<sys_days> due_given;
  std::optional<RefundDueInput> due_facts;
  if (req.has("refundDue")) {
    due_given = req.date("refundDue", {"la date où le remboursement était dû", "the date the refund was due"}, true);
    for (const auto f : kDueFacts)
      if (req.has(f))
        req.error(f, "Avec refundDue, ce champ (" + std::string(f) + ") est de trop : indiquez soit la date d'échéance, soit les faits qui la fixent.",
                  "With refundDue, this field (" + std::string(f) + ") is one too many: give either the due date or the facts that set it.");
  } else {
    due_facts = read_due_facts(req, today);
    // A refund of the withdrawal cannot come before the seller knew of it (a date typed wrong).
    if (due_facts)
      check_not_before(req, {"refunded", {"la date du remboursement", "the date of the refund"}, refunded},
                       {"sellerInformed", {"la date où le vendeur a été informé de la rétractation",
                                           "the date the seller was informed of the withdrawal"}, due_facts->seller_informed});
  }
  if (!req.errors().empty() || !price || !(due_given || due_facts) || !(refunded || today)) return std::nullopt;
  RefundCase c;
  c.due_given = due_given.has_value();
  c.due_facts = due_facts;
  c.supplied_rate = rate;

  // The due date: given, or set by section 5 (rules/refund_due, shared with the withdrawal question).
  sys_days due_safe{}, due_latest{};
  Steps due_steps;
  if (due_given) {
    due_safe = due_latest = *due_given;
  } else {
    const RefundDue due = refund_due_date(*due_facts);
    due_steps = explain_refund_due(*due_facts, due, lang);
    c.due = due;
    c.due_steps = due_steps;
    if (!due.safe) return c;
    due_safe = *due.safe;
    due_latest = due.latest.value_or(*due.safe);
  }
  if (before_rate_table(due_safe)) {
    const std::string field = due_given ? "refundDue" : "sellerInformed";
    req.error(field, "Le remboursement était dû avant le 1er janvier 2015 : la table des taux de l'intérêt légal de DroitConso commence à cette date.",
              "The refund was due before 1 January 2015: DroitConso's table of legal interest rates starts on that day.");
    return std::nullopt;
  }

  const LateRefundInput in{*price, delivery.value_or(0), premium.value_or(0), due_safe, due_latest,
                           *end.day(), refunded.has_value(), rate};
  auto r = late_refund(in, lang);
  if (!r) {
    req.error("price", "Montants trop grands pour être calculés.", "Amounts too large to compute.");
    return std::nullopt;
  }
  c.input = in;
  c.due_steps = std::move(due_steps);
  c.result = std::move(r);
  return c;
}


}  // namespace dc::api
