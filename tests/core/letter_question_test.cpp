#include <catch2/catch.hpp>
#include "api/answer.hpp"
#include "api/json.hpp"

namespace {

dc::json::Value ask(const std::string& request) {
  const auto r = dc::json::parse(dc::api::answer(request));
  REQUIRE(r.value);
  return *r.value;
}

std::vector<std::string> error_fields(const dc::json::Value& v) {
  REQUIRE(v.find("ok")->as_bool() == false);
  std::vector<std::string> out;
  for (const auto& e : v.find("errors")->items()) out.push_back(e.find("field")->text());
  return out;
}

// The JSON text of the hostile name, as a client sends it.
const std::string kHostileJson = R"(<img src=x onerror=alert(1)>)";
const std::string kParties =
    R"("senderName":"Zoé Œuvray <img src=x onerror=alert(1)>","senderAddress":["12 rue des Lilas","69001 Lyon"],)"
    R"("sellerName":"Boutique Exemple SAS","sellerAddress":["3 avenue du Commerce","75002 Paris"],"place":"Lyon",)";

std::string letter_text(const dc::json::Value& v) {
  REQUIRE(v.find("ok")->as_bool());
  REQUIRE(v.find("applies")->as_bool());
  return v.find("letter")->find("text")->text();
}

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("letter question: withdrawal, with the computed deadline and the sender's text verbatim") {
  const auto v = ask(R"({"question":"letter","kind":"withdrawal","today":"2026-01-20",)" + kParties +
                     R"("orderReference":"A-1234","product":"Grille-pain","received":"2026-01-14","territory":"metropole"})");
  const std::string text = letter_text(v);
  CHECK(v.find("kind")->text() == "withdrawal");
  CHECK(has(text, "Nom du (des) consommateur(s) : Zoé Œuvray " + kHostileJson + "\n"));
  CHECK(has(text, "qui expire le 28 janvier 2026 à minuit"));
  const auto& blocks = v.find("letter")->find("blocks")->items();
  CHECK(blocks.front().find("type")->text() == "sender");
  CHECK(blocks.front().find("lines")->items().front().text() == "Zoé Œuvray " + kHostileJson);
  CHECK(blocks.back().find("type")->text() == "signature");
  CHECK(v.find("letter")->find("filename")->text() == "droitconso-withdrawal-2026-01-20.txt");
  CHECK(v.find("letter")->find("articles")->items().front().find("article")->text() == "R221-1");
  CHECK(v.find("steps")->items().front().find("article")->text() == "L221-18");
  // The serialised answer never carries the raw markup: '<' travels as \u003c and is text once parsed.
  const std::string raw = dc::api::answer(R"({"question":"letter","kind":"withdrawal","today":"2026-01-20",)" + kParties +
                                          R"("product":"Grille-pain","received":"2026-01-14","territory":"metropole"})");
  CHECK(raw.find("<img") == std::string::npos);
}

TEST_CASE("letter question: withdrawal after the period — no letter, and why") {
  const auto v = ask(R"({"question":"letter","kind":"withdrawal","today":"2026-02-20",)" + kParties +
                     R"("product":"Grille-pain","received":"2026-01-14","territory":"metropole"})");
  REQUIRE(v.find("ok")->as_bool());
  CHECK(v.find("applies")->as_bool() == false);
  CHECK(!v.find("letter"));
  CHECK(v.find("steps")->items().back().find("article")->text() == "L221-20");
  // Dated earlier (the day it was really sent), it is prepared.
  CHECK(ask(R"({"question":"letter","kind":"withdrawal","today":"2026-02-20","letterDate":"2026-01-27",)" + kParties +
            R"("product":"Grille-pain","received":"2026-01-14","territory":"metropole"})")
            .find("applies")->as_bool());
}

TEST_CASE("letter question: withdrawal on an uncertain holiday — a letter without a deadline sentence") {
  // Alsace-Moselle: safe end Friday 3 April 2026 (Good Friday uncertain), latest Tuesday 7 April.
  const auto v = ask(R"({"question":"letter","kind":"withdrawal","today":"2026-04-04",)" + kParties +
                     R"("product":"Grille-pain","received":"2026-03-20","territory":"alsace-moselle"})");
  const std::string text = letter_text(v);
  CHECK(!has(text, "qui expire"));
  CHECK(v.find("steps")->items().back().find("article")->text() == "L221-19");
}

TEST_CASE("letter question: mediator, inside and outside the year after the complaint") {
  const std::string fields =
      R"("mediatorName":"Médiateur du e-commerce","mediatorAddress":["60 rue La Boétie","75008 Paris"],)"
      R"("complaintSent":"2026-02-10","noticeSent":"2026-02-20","noticeDays":10,"dispute":"Pas de remboursement.\n<b>Rien</b>.",)"
      R"("claim":"Le remboursement.","product":"Grille-pain")";
  auto v = ask(R"({"question":"letter","kind":"mediator","today":"2026-03-10",)" + kParties + fields + "}");
  const std::string text = letter_text(v);
  CHECK(has(text, "\nMédiateur du e-commerce\n"));
  CHECK(has(text, "lui laissant 10 jours, soit jusqu'au 2 mars 2026 ;"));
  CHECK(has(text, "qui expire le 10 février 2027"));
  CHECK(has(text, "Pas de remboursement.\n<b>Rien</b>.\n"));
  CHECK(!has(text, "Lettre recommandée"));  // not registered by default

  v = ask(R"({"question":"letter","kind":"mediator","today":"2027-02-11",)" + kParties + fields + "}");
  REQUIRE(v.find("ok")->as_bool());
  CHECK(v.find("applies")->as_bool() == false);
  CHECK(v.find("steps")->items().back().find("article")->text() == "L612-2");
}

TEST_CASE("letter question: conformity, and the regime before 2022") {
  const std::string fields =
      R"("product":"Grille-pain","delivered":"2025-11-14","defect":"Panne.","remedy":"repair","priceCents":12990)";
  auto v = ask(R"({"question":"letter","kind":"conformity","today":"2026-03-10","ordered":"2025-11-10",)" + kParties + fields + "}");
  const std::string text = letter_text(v);
  CHECK(has(text, "au prix de 129,90\u00a0€"));
  CHECK(has(text, "soit au plus tard le 9 avril 2026"));
  CHECK(has(text, "Lettre recommandée avec demande d'avis de réception"));
  CHECK(v.find("steps")->items().front().find("article")->text() == "L217-10");

  v = ask(R"({"question":"letter","kind":"conformity","today":"2026-03-10","ordered":"2021-12-31",)" + kParties +
          R"("product":"Grille-pain","delivered":"2022-01-04","defect":"Panne.","remedy":"repair"})");
  REQUIRE(v.find("ok")->as_bool());
  CHECK(v.find("applies")->as_bool() == false);
}

TEST_CASE("letter question: hidden defect") {
  const auto v = ask(R"({"question":"letter","kind":"hiddenDefect","today":"2026-03-10",)" + kParties +
                     R"("product":"Armoire","bought":"2025-06-10","discovered":"2026-03-01","defect":"Vermoulue.",)"
                     R"("remedy":"partialRefund","sellerKnew":true,"noticeDays":15})");
  const std::string text = letter_text(v);
  CHECK(has(text, "de me rendre une partie du prix"));
  CHECK(has(text, "article 1645"));
  CHECK(has(text, "soit au plus tard le 25 mars 2026."));
}

TEST_CASE("letter question: every field is checked and named") {
  CHECK(error_fields(ask(R"({"question":"letter","today":"2026-03-10"})")).front() == "kind");
  CHECK(error_fields(ask(R"({"question":"letter","kind":"poem","today":"2026-03-10",)" + kParties + R"("x":1})")) ==
        std::vector<std::string>{"kind"});
  // All the missing fields at once, shared ones and the kind's own.
  CHECK(error_fields(ask(R"({"question":"letter","kind":"withdrawal","today":"2026-03-10"})")) ==
        std::vector<std::string>{"senderName", "senderAddress", "sellerName", "sellerAddress", "place", "product",
                                 "received", "territory"});
  const std::string base = R"({"question":"letter","kind":"withdrawal","today":"2026-01-20","product":"x","received":"2026-01-14","territory":"metropole",)";
  CHECK(error_fields(ask(base + kParties + R"("senderEmail":"nobody"})")) == std::vector<std::string>{"senderEmail"});
  CHECK(error_fields(ask(base + R"("senderName":"Zoé\u0007","senderAddress":["a"],"sellerName":"S","sellerAddress":["b"],"place":"P"})")) ==
        std::vector<std::string>{"senderName"});
  CHECK(error_fields(ask(base + R"("senderName":"Zoé\nX","senderAddress":["a"],"sellerName":"S","sellerAddress":["b"],"place":"P"})")) ==
        std::vector<std::string>{"senderName"});
  CHECK(error_fields(ask(base + R"("senderName":"Z","senderAddress":"12 rue","sellerName":"S","sellerAddress":["b",3],"place":"P"})")) ==
        std::vector<std::string>{"senderAddress", "sellerAddress"});
  CHECK(error_fields(ask(base + R"("senderName":"Z","senderAddress":["a","b","c","d","e","f","g"],"sellerName":"S","sellerAddress":["b"],"place":"P"})")) ==
        std::vector<std::string>{"senderAddress"});
  CHECK(error_fields(ask(base + R"("senderName":")" + std::string(121, 'x') + R"(","senderAddress":["a"],"sellerName":"S","sellerAddress":["b"],"place":"P"})")) ==
        std::vector<std::string>{"senderName"});
  CHECK(error_fields(ask(base + R"("senderName":"   ","senderAddress":["a"],"sellerName":"S","sellerAddress":["b"],"place":"P"})")) ==
        std::vector<std::string>{"senderName"});
  const auto v = ask(base + R"("senderName":"Zoé\u202e","senderAddress":["a"],"sellerName":"S","sellerAddress":["b"],"place":"P","lang":"en"})");
  CHECK(v.find("errors")->items()[0].find("message")->text() ==
        "Your name (senderName) contains a control (invisible) character: remove it; the text is one line.");
  // 120 characters of any script are fine.
  std::string long_name;
  for (int i = 0; i < 120; ++i) long_name += "é";
  CHECK(ask(base + R"("senderName":")" + long_name + R"(","senderAddress":["a"],"sellerName":"S","sellerAddress":["b"],"place":"P"})")
            .find("ok")->as_bool());
  // Conformity dates in the wrong order.
  CHECK(error_fields(ask(R"({"question":"letter","kind":"conformity","today":"2026-03-10","ordered":"2025-11-10",)" + kParties +
                         R"("product":"x","delivered":"2025-11-01","defect":"y","remedy":"repair"})")) ==
        std::vector<std::string>{"delivered"});
}
