// JSON shapes of the withdrawal results shared by the "withdrawal" and "extension" questions.
#pragma once
#include "api/json.hpp"
#include "rules/extension.hpp"

namespace dc::api {

// {"rule":…, "twelveMonths":{"safe","latest"}, "unrolledReading":…, "steps":[…]} (no "end").
json::Value extension_json(const Extension& x);

}  // namespace dc::api
