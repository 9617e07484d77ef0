// RFC 5545 writer: VCALENDAR (VERSION 2.0, PRODID), all-day VEVENTs with a VALARM DISPLAY, CRLF line
// ends, lines folded at 75 octets, TEXT values escaped.
#include "calendar/ics.hpp"
#include <cstdint>
#include "calendar/iso_date.hpp"
#include "rules/law_version.hpp"

namespace dc {
namespace {

constexpr std::size_t kMaxOctets = 75;  // per line, CRLF excluded (RFC 5545 3.1)

bool is_continuation_byte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

std::uint64_t fnv1a(std::string_view text, std::uint64_t hash = 14695981039346656037ull) {
  for (char c : text) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 1099511628211ull;
  }
  return hash;
}

std::string hex16(std::uint64_t v) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i, v >>= 4) out[static_cast<std::size_t>(i)] = kDigits[v & 0xF];
  return out;
}

std::string trigger(int days_before) {
  if (days_before <= 0) return "PT0S";
  return "-P" + std::to_string(days_before) + "D";
}

void add(std::string& out, std::string_view name, std::string_view value) {
  out += ics_fold_line(std::string(name) + ":" + std::string(value));
}

void add_event(std::string& out, const IcsEvent& e, const IcsOptions& o) {
  add(out, "BEGIN", "VEVENT");
  add(out, "UID", ics_uid(e));
  add(out, "DTSTAMP", ics_date(o.stamp) + "T000000Z");
  add(out, "DTSTART;VALUE=DATE", ics_date(e.day));
  add(out, "DTEND;VALUE=DATE", ics_date(e.day + date::days{1}));
  add(out, "SUMMARY", ics_escape_text(e.summary));
  if (!e.description.empty()) add(out, "DESCRIPTION", ics_escape_text(e.description));
  if (!e.url.empty()) add(out, "URL", e.url);
  add(out, "TRANSP", "TRANSPARENT");  // a reminder, not a busy day
  add(out, "BEGIN", "VALARM");
  add(out, "ACTION", "DISPLAY");
  add(out, "DESCRIPTION", ics_escape_text(e.summary));
  add(out, "TRIGGER", trigger(o.remind_days_before));
  add(out, "END", "VALARM");
  add(out, "END", "VEVENT");
}

}  // namespace

std::string ics_date(date::sys_days day) {
  std::string iso = iso_date(day);  // "2026-01-28"
  std::string out;
  for (char c : iso)
    if (c != '-') out += c;
  return out;
}

std::string ics_escape_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    switch (c) {
      case '\\': out += "\\\\"; break;
      case ';': out += "\\;"; break;
      case ',': out += "\\,"; break;
      case '\n': out += "\\n"; break;
      case '\r':
        if (i + 1 >= text.size() || text[i + 1] != '\n') out += "\\n";  // "\r\n" is one line feed
        break;
      default:
        // Other controls are not allowed in TEXT (RFC 5545 3.3.11); the API refuses them upstream.
        if (static_cast<unsigned char>(c) >= 0x20 && c != 0x7F) out += c;
    }
  }
  return out;
}

std::string ics_fold_line(std::string_view line) {
  std::string out;
  std::size_t limit = kMaxOctets;  // the first line; continuation lines spend one octet on the space
  while (line.size() > limit) {
    std::size_t cut = limit;
    while (cut > 0 && is_continuation_byte(line[cut])) --cut;  // never inside a UTF-8 character
    out.append(line.substr(0, cut));
    out += "\r\n ";
    line.remove_prefix(cut);
    limit = kMaxOctets - 1;
  }
  out.append(line);
  out += "\r\n";
  return out;
}

std::string ics_uid(const IcsEvent& e) {
  std::uint64_t h = fnv1a(iso_date(e.day));
  for (std::string_view part : {std::string_view(e.summary), std::string_view(e.description), std::string_view(e.url)}) {
    h = fnv1a("\x1f", h);  // a separator no field contains
    h = fnv1a(part, h);
  }
  return ics_date(e.day) + "-" + hex16(h) + "@droitconso";
}

std::string ics_calendar(std::span<const IcsEvent> events, const IcsOptions& options) {
  std::string out;
  add(out, "BEGIN", "VCALENDAR");
  add(out, "VERSION", "2.0");
  add(out, "PRODID", "-//DroitConso//DroitConso " + std::string(kVersion) + "//FR");
  add(out, "CALSCALE", "GREGORIAN");
  add(out, "METHOD", "PUBLISH");
  for (const auto& e : events) add_event(out, e, options);
  add(out, "END", "VCALENDAR");
  return out;
}

}  // namespace dc
