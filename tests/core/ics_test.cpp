#include <catch2/catch.hpp>
#include <vector>
#include "calendar/ics.hpp"
#include "rules/law_version.hpp"

namespace {

using namespace date::literals;

dc::IcsEvent event(date::sys_days day, std::string summary, std::string description = "", std::string url = "") {
  return {day, std::move(summary), std::move(description), std::move(url)};
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  for (std::size_t at = text.find("\r\n"); at != std::string::npos; at = text.find("\r\n", start)) {
    out.push_back(text.substr(start, at - start));
    start = at + 2;
  }
  REQUIRE(start == text.size());  // the text ends with CRLF, nothing after it
  return out;
}

}  // namespace

TEST_CASE("ics: the exact text of a calendar with one event") {
  const std::vector<dc::IcsEvent> events{
      event(date::sys_days{2026_y / 2 / 28}, "Fin du délai", "Mise en demeure\nC. civ. 1344-1", "https://example.org/a")};
  const std::string ics = dc::ics_calendar(events, {date::sys_days{2026_y / 2 / 20}, 3});
  const std::string uid = dc::ics_uid(events[0]);
  const std::string expected =
      "BEGIN:VCALENDAR\r\n"
      "VERSION:2.0\r\n"
      "PRODID:-//DroitConso//DroitConso " + std::string(dc::kVersion) + "//FR\r\n"
      "CALSCALE:GREGORIAN\r\n"
      "METHOD:PUBLISH\r\n"
      "BEGIN:VEVENT\r\n"
      "UID:" + uid + "\r\n"
      "DTSTAMP:20260220T000000Z\r\n"
      "DTSTART;VALUE=DATE:20260228\r\n"
      "DTEND;VALUE=DATE:20260301\r\n"
      "SUMMARY:Fin du délai\r\n"
      "DESCRIPTION:Mise en demeure\\nC. civ. 1344-1\r\n"
      "URL:https://example.org/a\r\n"
      "TRANSP:TRANSPARENT\r\n"
      "BEGIN:VALARM\r\n"
      "ACTION:DISPLAY\r\n"
      "DESCRIPTION:Fin du délai\r\n"
      "TRIGGER:-P3D\r\n"
      "END:VALARM\r\n"
      "END:VEVENT\r\n"
      "END:VCALENDAR\r\n";
  CHECK(ics == expected);
  CHECK(uid.rfind("20260228-", 0) == 0);
  CHECK(uid.size() == std::string("20260228-").size() + 16 + std::string("@droitconso").size());
}

TEST_CASE("ics: DTEND is the next day across month and year ends, leap day included") {
  CHECK(dc::ics_date(date::sys_days{2026_y / 12 / 31} + date::days{1}) == "20270101");
  const std::string ics = dc::ics_calendar(std::vector{event(date::sys_days{2028_y / 2 / 28}, "x"),
                                                        event(date::sys_days{2028_y / 2 / 29}, "y")},
                                           {date::sys_days{2028_y / 1 / 1}, 0});
  CHECK(ics.find("DTSTART;VALUE=DATE:20280228\r\nDTEND;VALUE=DATE:20280229\r\n") != std::string::npos);
  CHECK(ics.find("DTSTART;VALUE=DATE:20280229\r\nDTEND;VALUE=DATE:20280301\r\n") != std::string::npos);
  CHECK(ics.find("TRIGGER:PT0S\r\n") != std::string::npos);
}

TEST_CASE("ics: TEXT escaping of backslash, semicolon, comma and line feeds") {
  CHECK(dc::ics_escape_text("a\\b;c,d\ne") == "a\\\\b\\;c\\,d\\ne");
  CHECK(dc::ics_escape_text("x\r\ny\rz") == "x\\ny\\nz");
  CHECK(dc::ics_escape_text(std::string("tab\tbell\a")) == "tabbell");  // controls dropped
  CHECK(dc::ics_escape_text("Zoé «ok» <b>") == "Zoé «ok» <b>");
}

TEST_CASE("ics: lines are folded at 75 octets, never inside a UTF-8 character") {
  const std::string long_ascii(200, 'a');
  const auto folded = lines_of(dc::ics_fold_line("SUMMARY:" + long_ascii));
  REQUIRE(folded.size() == 3);
  CHECK(folded[0].size() == 75);
  CHECK(folded[1].size() == 75);
  CHECK(folded[1][0] == ' ');
  std::string unfolded = folded[0];
  for (std::size_t i = 1; i < folded.size(); ++i) unfolded += folded[i].substr(1);
  CHECK(unfolded == "SUMMARY:" + long_ascii);

  std::string accents;
  for (int i = 0; i < 60; ++i) accents += "é";  // 2 octets each
  const auto lines = lines_of(dc::ics_fold_line("SUMMARY:x" + accents));
  std::string joined = lines[0];
  for (std::size_t i = 1; i < lines.size(); ++i) {
    CHECK(lines[i][0] == ' ');
    joined += lines[i].substr(1);
  }
  CHECK(joined == "SUMMARY:x" + accents);
  for (const auto& l : lines) {
    CHECK(l.size() <= 75);
    CHECK((static_cast<unsigned char>(l.back()) & 0xC0) != 0xC0);  // no line ends on a lead byte
    const std::size_t first = l[0] == ' ' ? 1 : 0;
    CHECK((static_cast<unsigned char>(l[first]) & 0xC0) != 0x80);  // none starts inside a character
  }
}

TEST_CASE("ics: the UID depends on the content only") {
  const auto a = event(date::sys_days{2026_y / 3 / 1}, "A", "d", "u");
  CHECK(dc::ics_uid(a) == dc::ics_uid(event(date::sys_days{2026_y / 3 / 1}, "A", "d", "u")));
  CHECK(dc::ics_uid(a) != dc::ics_uid(event(date::sys_days{2026_y / 3 / 2}, "A", "d", "u")));
  CHECK(dc::ics_uid(a) != dc::ics_uid(event(date::sys_days{2026_y / 3 / 1}, "B", "d", "u")));
  CHECK(dc::ics_uid(a) != dc::ics_uid(event(date::sys_days{2026_y / 3 / 1}, "A", "e", "u")));
  CHECK(dc::ics_uid(event(date::sys_days{2026_y / 3 / 1}, "ab", "c")) !=
        dc::ics_uid(event(date::sys_days{2026_y / 3 / 1}, "a", "bc")));
}

TEST_CASE("ics: every line of a real calendar is CRLF-terminated and at most 75 octets") {
  std::vector<dc::IcsEvent> events;
  for (int i = 0; i < 5; ++i)
    events.push_back(event(date::sys_days{2026_y / 1 / 1} + date::days{i * 40},
                           "Dernier jour pour signaler un paiement par carte non autorisé (13 mois), n° " + std::to_string(i),
                           "Référence : CMF L133-24 : https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006072026\nDroitConso"));
  const std::string ics = dc::ics_calendar(events, {date::sys_days{2026_y / 1 / 1}, 3});
  CHECK(ics.find('\n') == ics.find("\r\n") + 1);
  for (std::size_t i = 0; i < ics.size(); ++i)
    if (ics[i] == '\n') CHECK(ics[i - 1] == '\r');
  for (const auto& l : lines_of(ics)) CHECK(l.size() <= 75);
}
