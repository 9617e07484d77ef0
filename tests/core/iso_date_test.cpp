#include <catch2/catch.hpp>
#include "calendar/iso_date.hpp"

using namespace date::literals;
using dc::DateError;
using dc::read_iso_date;

TEST_CASE("ISO dates are read and written back") {
  const auto r = read_iso_date("2026-01-14");
  REQUIRE(r.error == DateError::none);
  CHECK(*r.day == date::sys_days{2026_y / 1 / 14});
  CHECK(dc::iso_date(*r.day) == "2026-01-14");
  CHECK(dc::iso_date(date::sys_days{1583_y / 1 / 1}) == "1583-01-01");
  CHECK(*read_iso_date("2024-02-29").day == date::sys_days{2024_y / 2 / 29});
}

TEST_CASE("Every day from 1900 to 2200 round-trips") {
  for (date::sys_days d{1900_y / 1 / 1}; d <= date::sys_days{2200_y / 12 / 31}; d += date::days{1}) {
    const auto r = read_iso_date(dc::iso_date(d));
    REQUIRE(r.day);
    REQUIRE(*r.day == d);
  }
}

TEST_CASE("Impossible, malformed and out-of-range dates are told apart") {
  CHECK(read_iso_date("2026-02-30").error == DateError::impossible);
  CHECK(read_iso_date("2025-02-29").error == DateError::impossible);
  CHECK(read_iso_date("2026-13-01").error == DateError::impossible);
  CHECK(read_iso_date("2026-00-10").error == DateError::impossible);
  CHECK(read_iso_date("2026-04-31").error == DateError::impossible);
  CHECK(read_iso_date("").error == DateError::empty);
  CHECK(read_iso_date("2026-1-5").error == DateError::format);
  CHECK(read_iso_date(" 2026-01-05").error == DateError::format);
  CHECK(read_iso_date("2026-01-05 ").error == DateError::format);
  CHECK(read_iso_date("2026/01/05").error == DateError::format);
  CHECK(read_iso_date("14/01/2026").error == DateError::format);
  CHECK(read_iso_date("\xEF\xBC\x92\xEF\xBC\x90\xEF\xBC\x92\xEF\xBC\x96-01-05").error == DateError::format);  // full-width
  CHECK(read_iso_date("+026-01-05").error == DateError::format);
  CHECK(read_iso_date("0000-01-01").error == DateError::out_of_range);
  CHECK(read_iso_date("99999-01-01").error == DateError::format);
  CHECK(read_iso_date("1582-12-31").error == DateError::out_of_range);
  CHECK(read_iso_date("9999-01-01").error == DateError::out_of_range);
}

TEST_CASE("A computed date past 9999 keeps all the digits of its year (regression)") {
  // 9998-12-31 is accepted; a 12-month extension of a 14-day period from it ends in 10000, which
  // was written "0000-01-14".
  CHECK(dc::iso_date(date::sys_days{10000_y / 1 / 14}) == "10000-01-14");
  CHECK(dc::iso_date(date::sys_days{9999_y / 12 / 31}) == "9999-12-31");
  CHECK(dc::iso_date(date::sys_days{date::year{32767} / 12 / 31}) == "32767-12-31");
  CHECK(dc::iso_date(date::sys_days{date::year{-1} / 1 / 1}) == "-0001-01-01");
}
