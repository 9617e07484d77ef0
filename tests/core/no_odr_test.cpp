// The EU online dispute-resolution platform (ODR, « RLL » in French) closed on 20 July 2025
// (Regulation (EU) 2024/3228): no text of the product may offer it (rules.md section 11). This test
// scans every letter template, every answer the core gives over a grid of cases in both languages,
// the core's own sources (every text it can produce is written there) and the page's web/ folder.
#include <catch2/catch.hpp>
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include "api/answer.hpp"
#include "letters/letter_template.hpp"

namespace {

namespace fs = std::filesystem;

const fs::path kRoot = fs::path(DROITCONSO_VECTORS_DIR) / ".." / "..";

std::string lower_ascii(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

// What offers the closed platform: its names, its address, its French name.
std::string odr_mention(const std::string& text) {
  static const std::regex kAcronym("(^|[^A-Za-z0-9])(ODR|RLL)([^A-Za-z0-9]|$)");
  std::smatch m;
  if (std::regex_search(text, m, kAcronym)) return m.str(2);
  const std::string low = lower_ascii(text);
  for (const char* phrase : {"ec.europa.eu/consumers/odr", "règlement en ligne des litiges", "reglement en ligne des litiges",
                             "online dispute resolution"})
    if (low.find(phrase) != std::string::npos) return phrase;
  return {};
}

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::vector<fs::path> files_under(const fs::path& dir) {
  std::vector<fs::path> out;
  for (const auto& e : fs::recursive_directory_iterator(dir))
    if (e.is_regular_file()) out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

const std::string kParties =
    R"("senderName":"Zoé","senderAddress":["12 rue des Lilas","69001 Lyon"],"sellerName":"Boutique",)"
    R"("sellerAddress":["3 avenue du Commerce","75002 Paris"],"place":"Lyon","product":"Grille-pain",)";

// Requests that reach every stage status and every letter, in both languages.
std::vector<std::string> grid() {
  std::vector<std::string> out;
  const std::vector<std::string> cases{
      R"("today":"2026-03-02")",
      R"("today":"2026-03-02","complaintSent":"2026-02-10","seller":"eu","claimCents":12990,"cardDebit":"2026-01-05")",
      R"("today":"2026-03-20","complaintSent":"2026-02-10","noticeSent":"2026-02-20","mediatorReferred":"2026-03-16",)"
      R"("seller":"france","claimCents":700000,"factsKnown":"2026-01-28","received":"2026-01-14","territory":"alsace-moselle")",
      R"("today":"2031-03-02","complaintSent":"2026-02-10","seller":"outside-eu","claimCents":1500000,"factsKnown":"2026-01-28")",
  };
  const std::vector<std::string> letters{
      R"("kind":"withdrawal","today":"2026-01-20","received":"2026-01-14","territory":"metropole")",
      R"("kind":"withdrawal","today":"2026-02-20","received":"2026-01-14","territory":"metropole")",
      R"("kind":"withdrawal","today":"2026-04-04","received":"2026-03-20","territory":"alsace-moselle")",
      R"("kind":"mediator","today":"2026-03-10","mediatorName":"M","mediatorAddress":["a"],"complaintSent":"2026-02-10",)"
      R"("noticeSent":"2026-02-20","sellerAnswered":"2026-02-25","sellerAnswer":"Non.","dispute":"d","claim":"c")",
      R"("kind":"mediator","today":"2028-03-10","mediatorName":"M","mediatorAddress":["a"],"complaintSent":"2026-02-10","dispute":"d","claim":"c")",
      R"("kind":"conformity","today":"2026-03-10","ordered":"2025-11-10","delivered":"2025-11-14","defect":"d","remedy":"repair","priceCents":100)",
      R"("kind":"conformity","today":"2026-03-10","ordered":"2021-11-10","delivered":"2021-11-14","defect":"d","remedy":"replacement")",
      R"("kind":"hiddenDefect","today":"2026-03-10","bought":"2025-06-10","discovered":"2026-03-01","defect":"d","remedy":"returnAndRefund","sellerKnew":true,"priceCents":100)",
      R"("kind":"hiddenDefect","today":"2026-03-10","bought":"2025-06-10","discovered":"2026-03-01","defect":"d","remedy":"partialRefund")",
  };
  for (const char* lang : {"fr", "en"}) {
    const std::string l = R"("lang":")" + std::string(lang) + R"(",)";
    for (const auto& c : cases) {
      out.push_back(R"({"question":"plan",)" + l + c + "}");
      out.push_back(R"({"question":"calendar",)" + l + c + "}");
    }
    for (const auto& k : letters) out.push_back(R"({"question":"letter",)" + l + kParties + k + "}");
    out.push_back(R"({"question":"about",)" + l + R"("today":"2026-01-01"})");
    out.push_back(R"({"question":"withdrawal","contract":"goods",)" + l + R"("received":"2026-01-14","territory":"metropole","today":"2026-01-20"})");
    out.push_back(R"({"question":"letter",)" + l + R"("today":"2026-01-01"})");  // an error message too
  }
  return out;
}

}  // namespace

TEST_CASE("no ODR: the detector finds every form of the offer") {
  CHECK(odr_mention("la plateforme RLL de la Commission") == "RLL");
  CHECK(odr_mention("ODR platform") == "ODR");
  CHECK(odr_mention("https://EC.EUROPA.EU/consumers/odr/main") == "ec.europa.eu/consumers/odr");
  CHECK(odr_mention("Plateforme de Règlement en Ligne des Litiges") == "règlement en ligne des litiges");
  CHECK(odr_mention("CODRE, TROLLEY, period, rollback").empty());
}

TEST_CASE("no ODR: no letter template offers the closed platform") {
  const auto names = dc::letters::template_names();
  REQUIRE(names.size() == 5);
  for (const auto name : names) {
    INFO(name);
    CHECK(odr_mention(std::string(*dc::letters::template_source(name))).empty());
  }
}

TEST_CASE("no ODR: no answer of the core offers it, over a grid of cases in both languages") {
  const auto requests = grid();
  std::size_t letters = 0, calendars = 0;
  for (const auto& r : requests) {
    const std::string answer = dc::api::answer(r);
    INFO(r);
    CHECK(odr_mention(answer).empty());
    if (answer.find("\"letter\":{\"blocks\"") != std::string::npos) ++letters;
    if (answer.find("BEGIN:VCALENDAR") != std::string::npos) ++calendars;
  }
  CHECK(letters >= 12);  // the grid really produced letters and calendars to scan
  CHECK(calendars >= 4);
}

TEST_CASE("no ODR: nothing in the core's sources nor in the page's web/ folder") {
  std::size_t scanned = 0;
  for (const char* dir : {"core", "web"}) {
    const fs::path folder = kRoot / dir;
    REQUIRE(fs::is_directory(folder));
    for (const auto& path : files_under(folder)) {
      INFO(path.string());
      CHECK(odr_mention(read_file(path)).empty());
      ++scanned;
    }
  }
  CHECK(scanned > 40);
}
