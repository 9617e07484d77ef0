// Checks between the date fields of one request (a delivery before the contract, a defect after
// today, …): each failure is an error naming the field, in the request's language.
#pragma once
#include <date/date.h>
#include <optional>
#include <string_view>
#include "api/request.hpp"

namespace dc::api {

struct DateField {
  std::string_view name;  // "delivered"
  Label label;            // "la date de livraison" / "the delivery date"
  std::optional<date::sys_days> day;
};

// An error on the field when its day is after today.
void check_not_after_today(Request& req, const DateField& field, date::sys_days today);

// An error on `later` when its day comes before the day of `earlier` (both given).
void check_not_before(Request& req, const DateField& later, const DateField& earlier);

// Questions whose periods run up to 20 years past today: the last year today may be in, so that
// every date they give still has four digits. False, with an error on "today", beyond it.
inline constexpr int kLastYearForLongPeriods = 9977;
bool check_today_for_long_periods(Request& req, date::sys_days today);

}  // namespace dc::api
