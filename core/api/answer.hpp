// The public JSON API: one request in, one result out, both JSON text (README, "JSON API").
// The page, scripts/droitconso and the tests all go through this one function.
#pragma once
#include <string>
#include <string_view>

namespace dc::api {

std::string answer(std::string_view request_json);

}  // namespace dc::api
