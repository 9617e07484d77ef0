// {"question":"about"}: the version, the day the law was last checked, and what can be asked.
#include "api/questions.hpp"
#include "calendar/territory.hpp"
#include "rules/law_version.hpp"

namespace dc::api {

json::Value answer_about(Request&) {
  json::Value names = json::Value::array();
  for (const auto& q : questions()) names.push(std::string(q.name));
  json::Value territories = json::Value::array();
  for (const auto t : all_territories()) territories.push(std::string(territory_code(t)));
  json::Value out = json::Value::object();
  out.set("version", std::string(kVersion));
  out.set("lawCheckedOn", std::string(kLawCheckedOn));
  out.set("questions", std::move(names));
  out.set("territories", std::move(territories));
  return out;
}

}  // namespace dc::api
