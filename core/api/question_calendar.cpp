// {"question":"calendar",…the plan's fields…,"remindDaysBefore":3}: the plan's upcoming deadlines as
// an iCalendar file (RFC 5545), made here and downloaded by the page; nothing is sent anywhere.
#include "api/plan_request.hpp"
#include "api/questions.hpp"
#include "calendar/ics.hpp"
#include "calendar/iso_date.hpp"

namespace dc::api {
namespace {

constexpr int kDefaultRemindDays = 3;

IcsEvent event_of(const Deadline& d, Lang lang) {
  const std::string source = std::string(d.article.label) + " : " + std::string(d.article.url);
  return {d.day, d.title,
          d.title + "\n" + tr(lang, "Référence : ", "Reference: ") + source + "\n" +
              tr(lang, "Rappel préparé par DroitConso.", "Reminder prepared by DroitConso."),
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
