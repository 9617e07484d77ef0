// {"question":"calendar",…the plan's fields…,"remindDaysBefore":3}: the plan's upcoming deadlines as
// an iCalendar file (RFC 5545), made here and downloaded by the page; nothing is sent anywhere.
#include "api/plan_request.hpp"
#include "api/questions.hpp"
#include "calendar/ics.hpp"
#include "calendar/iso_date.hpp"
#include "text/fill.hpp"

namespace dc::api {
namespace {

constexpr int kDefaultRemindDays = 3;

IcsEvent event_of(const Deadline& d, Lang lang) {
  return {d.day, d.title,
          tr_fill(lang, "{}\nRéférence : {} : {}\nRappel préparé par DroitConso.",
                  "{}\nReference: {}: {}\nReminder prepared by DroitConso.", {d.title, d.article.label, d.article.url}),
          std::string(d.article.url)};
}

}  // namespace

json::Value answer_calendar(Request& req) {
  const auto remind = req.integer("remindDaysBefore", {"le nombre de jours de rappel avant l'échéance",
                                                       "how many days before the deadline to be reminded"},
                                  0, 30, false);
  const auto in = read_escalation_input(req);
  if (!in) return {};  // a bad "remindDaysBefore" is already an error: the dispatcher answers with it
  const EscalationPlan plan = escalation_plan(*in, req.lang());
  std::vector<IcsEvent> events;
  json::Value list = json::Value::array();
  for (const auto& d : upcoming_deadlines(plan, in->today)) {
    events.push_back(event_of(d, req.lang()));
    json::Value item = deadline_json(d, in->today);
    item.set("uid", ics_uid(events.back()));
    list.push(std::move(item));
  }
  json::Value out = json::Value::object();
  out.set("events", std::move(list));
  if (events.empty()) {
    out.set("ics", nullptr);  // RFC 5545 wants at least one event: no file when nothing is ahead
  } else {
    out.set("ics", ics_calendar(events, {in->today, remind ? static_cast<int>(*remind) : kDefaultRemindDays}));
  }
  out.set("filename", "droitconso-rappels-" + iso_date(in->today) + ".ics");
  return out;
}

}  // namespace dc::api
