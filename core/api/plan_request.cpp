// The case fields of "plan" and "calendar", and the JSON shapes of a stage and a deadline.
#include "api/plan_request.hpp"
#include <array>
#include "api/questions.hpp"
#include "calendar/iso_date.hpp"
#include "rules/withdrawal.hpp"

namespace dc::api {
namespace {

std::string_view status_code(StageStatus s) {
  switch (s) {
    case StageStatus::done: return "done";
    case StageStatus::to_do: return "todo";
    case StageStatus::waiting: return "waiting";
    case StageStatus::open: return "open";
    case StageStatus::not_yet: return "notYet";
    case StageStatus::closed: return "closed";
    case StageStatus::not_applicable: return "notApplicable";
    case StageStatus::unknown: return "unknown";
    case StageStatus::info: return "info";
  }
  return "";
}

std::optional<SellerPlace> read_seller(Request& req) {
  static constexpr std::array<std::string_view, 3> kPlaces{"france", "eu", "outside-eu"};
  if (!req.value("seller")) return SellerPlace::unknown;  // absent or null: not given
  const auto place = req.choice("seller", {"le pays du vendeur", "the seller's country"}, kPlaces, false);
  if (!place) return std::nullopt;
  if (*place == "france") return SellerPlace::france;
  if (*place == "eu") return SellerPlace::other_eu;
  return SellerPlace::outside_eu;
}

// The goods withdrawal period's end, as a case deadline, when the date of receipt is given.
void add_withdrawal_deadline(Request& req, EscalationInput& in) {
  const auto received = read_past_date(req, "received", {"la date de réception", "the date of receipt"}, false, in.today);
  if (!received) {
    req.mark_known("territory");  // used only with "received"
    return;
  }
  const auto territory = req.territory();
  if (!territory) return;
  const WithdrawalResult w = goods_withdrawal({*received, *territory, in.today}, req.lang());
  in.case_deadlines.push_back({"withdrawal-end", w.end.safe,
                               tr(req.lang(), "Dernier jour pour envoyer votre rétractation", "Last day to send your withdrawal"),
                               art::L221_18});
}

}  // namespace

std::optional<date::sys_days> read_past_date(Request& req, std::string_view field, Label label, bool required,
                                             date::sys_days today) {
  const auto d = req.date(field, label, required);
  if (!d || *d <= today) return d;
  const auto cap = [](std::string_view s) {
    std::string out(s);
    if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
    return out;
  };
  req.error(field,
            cap(label.fr) + " (" + std::string(field) + ") est après la date du jour (today) : indiquez un jour passé, "
                "ou aujourd'hui.",
            cap(label.en) + " (" + std::string(field) + ") is after today (today): give a past day, or today.");
  return std::nullopt;
}

std::optional<int> read_notice_days(Request& req) {
  if (!req.value("noticeDays")) return kDefaultNoticeDays;  // absent or null: the customary 8 days
  const auto n = req.integer("noticeDays", {"le délai de la mise en demeure", "the formal notice's delay"}, 1, 90, false);
  if (!n) return std::nullopt;
  return static_cast<int>(*n);
}

std::optional<EscalationInput> read_escalation_input(Request& req) {
  const auto today = req.date("today", {"la date du jour", "today's date"}, true);
  if (!today) return std::nullopt;
  const std::size_t errors_before = req.errors().size();
  EscalationInput in{};
  in.today = *today;
  const auto past = [&](std::string_view field, Label label) { return read_past_date(req, field, label, false, *today); };
  in.complaint_sent = past("complaintSent", {"la date de la réclamation écrite", "the date of the written complaint"});
  in.notice_sent = past("noticeSent", {"la date de la mise en demeure", "the date of the formal notice"});
  in.mediator_referred = past("mediatorReferred", {"la date de saisine du médiateur", "the date the mediator was asked"});
  in.facts_known = past("factsKnown", {"le jour où vous avez connu les faits", "the day you knew the facts"});
  in.card_debit = past("cardDebit", {"la date du débit de la carte", "the card debit date"});
  const auto days = read_notice_days(req);
  in.claim_cents = req.integer("claimCents", {"le montant demandé, en centimes", "the amount claimed, in cents"}, 1,
                               10'000'000'000'000LL, false);
  const auto seller = read_seller(req);
  add_withdrawal_deadline(req, in);
  if (req.errors().size() != errors_before || !days || !seller) return std::nullopt;
  in.notice_days = *days;
  in.seller = *seller;
  if (in.mediator_referred && in.complaint_sent && *in.mediator_referred < *in.complaint_sent) {
    req.error("mediatorReferred",
              "La date de saisine du médiateur (mediatorReferred) est avant votre réclamation écrite (complaintSent) : "
              "le médiateur ne peut être saisi qu'après elle.",
              "The date the mediator was asked (mediatorReferred) is before your written complaint (complaintSent): "
              "the mediator can only be asked after it.");
    return std::nullopt;
  }
  return in;
}

json::Value stage_json(const Stage& s) {
  json::Value out = json::Value::object();
  out.set("id", std::string(s.id));
  out.set("title", s.title);
  out.set("status", std::string(status_code(s.status)));
  if (s.from) out.set("from", iso_date(*s.from));
  if (s.until) out.set("until", iso_date(*s.until));
  json::Value missing = json::Value::array();
  for (const auto m : s.missing) missing.push(std::string(m));
  out.set("missing", std::move(missing));
  out.set("steps", steps_json(s.steps));
  return out;
}

json::Value deadline_json(const Deadline& d, date::sys_days today) {
  json::Value out = json::Value::object();
  out.set("id", std::string(d.id));
  out.set("date", iso_date(d.day));
  out.set("title", d.title);
  out.set("article", std::string(d.article.label));
  out.set("url", std::string(d.article.url));
  out.set("upcoming", d.day >= today);
  return out;
}

}  // namespace dc::api
