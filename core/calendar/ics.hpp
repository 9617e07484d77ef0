// Calendar reminders as an iCalendar file (RFC 5545): one all-day event per deadline, each with a
// display alarm a few days before. Pure text out: no clock (DTSTAMP is the request's "today"), no
// randomness (each UID is derived from the event's content), nothing sent anywhere.
#pragma once
#include <date/date.h>
#include <span>
#include <string>
#include <string_view>

namespace dc {

struct IcsEvent {
  date::sys_days day;       // all-day: DTSTART;VALUE=DATE, DTEND the day after
  std::string summary;      // one line
  std::string description;  // may hold line feeds
  std::string url;          // the article or service to read; may be empty
};

struct IcsOptions {
  date::sys_days stamp;          // DTSTAMP, at 00:00:00 UTC of that day
  int remind_days_before = 3;    // the VALARM trigger; 0 is the day itself
};

std::string ics_calendar(std::span<const IcsEvent> events, const IcsOptions& options);

// The pieces, for tests. TEXT escaping (RFC 5545 3.3.11): backslash, ';', ',' and line feeds.
std::string ics_escape_text(std::string_view text);
// One content line folded at 75 octets (3.1), never inside a UTF-8 character, each line ended by CRLF.
std::string ics_fold_line(std::string_view line);
// A stable identifier from the event's content: the same event always gets the same UID.
std::string ics_uid(const IcsEvent& event);
std::string ics_date(date::sys_days day);  // "20260128"

}  // namespace dc
