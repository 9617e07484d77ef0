// {"question":"holidays","territory":"alsace-moselle","year":2026}: every public holiday of a
// territory and year, with whether it is certain (rules.md section 3).
#include "api/questions.hpp"
#include "calendar/iso_date.hpp"
#include "calendar/public_holidays.hpp"

namespace dc::api {

json::Value answer_holidays(Request& req) {
  const auto territory = req.territory();
  const auto year = req.integer("year", {"l'année", "the year"}, kMinYear, kMaxYear, true);
  if (!territory || !year) return {};
  json::Value list = json::Value::array();
  for (const auto& h : public_holidays(*territory, date::year{static_cast<int>(*year)})) {
    const ArticleRef& ref = h.source;
    json::Value item = json::Value::object();
    item.set("date", iso_date(h.day));
    item.set("name", holiday_name(h.kind, req.lang()));
    item.set("certain", h.certain);
    if (!h.certain) item.set("condition", holiday_condition(h, req.lang()));
    item.set("article", std::string(ref.label));
    item.set("url", std::string(ref.url));
    list.push(std::move(item));
  }
  json::Value out = json::Value::object();
  out.set("territory", std::string(territory_code(*territory)));
  out.set("year", static_cast<int>(*year));
  out.set("holidays", std::move(list));
  return out;
}

}  // namespace dc::api
