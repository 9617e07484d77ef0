// The bulk check of an order file: every row's withdrawal deadline, status and days left, in ONE
// call for a whole file (or a slice of it, for a progress bar), so that the rows cross the
// JS-wasm boundary once. The README's "Bulk check of orders" describes the request and the result.
#pragma once
#include <string>
#include <string_view>

namespace dc::api {

// request_json: {"today":"2026-01-20","territory":"metropole","lang":"fr","format":"json"|"csv",
//                "from":{"offset":…,"line":…},"limit":5000}; csv: the file's bytes (UTF-8 with or
// without a byte order mark, or Windows-1252). Returns JSON text, {"ok":true,…} or {"ok":false,"errors":[…]}.
std::string check_orders(std::string_view request_json, std::string_view csv);

}  // namespace dc::api
