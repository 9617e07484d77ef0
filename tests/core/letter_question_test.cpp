#include <algorithm>
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

TEST_CASE("letter question: withdrawal with the extended engine — 12-month extension, services") {
  // The seller did not give the information: received 14 January 2026, 14 days to 28 January, then
  // 12 months: 28 January 2027 (a Thursday). On 1 March 2026 the letter is still prepared.
  auto v = ask(R"({"question":"letter","kind":"withdrawal","today":"2026-03-01",)" + kParties +
               R"("product":"Un grille-pain","received":"2026-01-14","territory":"metropole","infoGiven":false})");
  std::string text = letter_text(v);
  CHECK(has(text, "qui expire le 28 janvier 2027 à minuit (articles L221-18 et L221-19 du code de la consommation ; "
                  "délai prolongé de douze mois faute d'information sur le droit de rétractation, article L221-20)."));
  bool cites_l221_20 = false;
  for (const auto& a : v.find("letter")->find("articles")->items()) cites_l221_20 = cites_l221_20 || a.find("article")->text() == "L221-20";
  CHECK(cites_l221_20);

  // A service: 14 days from the conclusion of the contract (10 February 2026 → 24 February 2026).
  v = ask(R"({"question":"letter","kind":"withdrawal","today":"2026-02-12","contract":"service",)" + kParties +
          R"("product":"Un abonnement de cours","concluded":"2026-02-10","territory":"metropole"})");
  text = letter_text(v);
  CHECK(has(text, "qui expire le 24 février 2026 à minuit (articles L221-18 et L221-19 du code de la consommation)."));
  CHECK(!has(text, "L221-20"));
  // Each bad field once, named.
  const auto order = ask(R"({"question":"letter","kind":"withdrawal","today":"2026-03-10",)" + kParties +
                         R"("product":"Grille-pain","received":"2026-01-14","ordered":"2026-01-20","territory":"metropole"})");
  CHECK(error_fields(order) == std::vector<std::string>{"received"});
  CHECK(order.find("errors")->items()[0].find("message")->text() ==
        "La date de réception (received), 2026-01-14, est avant la date de commande (ordered), 2026-01-20.");
  CHECK(error_fields(ask(R"({"question":"letter","kind":"withdrawal","today":"2026-03-10",)" + kParties +
                         R"("product":"Grille-pain","received":"2026-13-01","territory":"metropole"})")) == std::vector<std::string>{"received"});
  CHECK(error_fields(ask(R"({"question":"letter","kind":"withdrawal","today":"2026-03-10",)" + kParties +
                         R"("product":"Grille-pain","received":"2026-03-11","territory":"metropole"})")) == std::vector<std::string>{"received"});
  CHECK(error_fields(ask(R"({"question":"letter","kind":"withdrawal","today":"2026-02-12","contract":"service",)" + kParties +
                         R"("product":"Cours","territory":"metropole"})")) == std::vector<std::string>{"concluded"});
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

// Found by the letter fuzzer: a claim typed with runs of blank lines. The letter keeps the
// person's paragraphs and lines, and makes one paragraph break of each run of blank lines.
TEST_CASE("letter question: blank lines in a long text make one paragraph break each") {
  const auto v = ask(R"({"question":"letter","kind":"mediator","today":"2026-03-10",)" + kParties +
                     R"("mediatorName":"Médiateur du e-commerce","mediatorAddress":["60 rue La Boétie","75008 Paris"],)"
                     R"("complaintSent":"2026-02-10","dispute":"Pas de remboursement.",)"
                     R"("claim":"Le remboursement\nde 49,90 €.\n\n\n   \n\nEt les frais de port."})");
  const std::string text = letter_text(v);
  CHECK(has(text, "\nLe remboursement\nde 49,90 €.\n\nEt les frais de port.\n"));
  CHECK(!has(text, "\n\n\n"));
  // The two paragraphs are two blocks, one after the other.
  std::vector<std::string> last_lines, first_lines;
  for (const auto& b : v.find("letter")->find("blocks")->items()) {
    if (b.find("type")->text() != "paragraph") continue;
    first_lines.push_back(b.find("lines")->items().front().text());
    last_lines.push_back(b.find("lines")->items().back().text());
  }
  const auto at = std::find(last_lines.begin(), last_lines.end(), "de 49,90 €.");
  REQUIRE(at != last_lines.end());
  const auto next = static_cast<std::size_t>(at - last_lines.begin()) + 1;
  REQUIRE(next < first_lines.size());
  CHECK(first_lines[next] == "Et les frais de port.");
}

TEST_CASE("letter question: conformity, and the regime before 2022") {
  const std::string fields =
      R"("product":"Grille-pain","delivered":"2025-11-14","defect":"Panne.","remedy":"repair","priceCents":12990)";
  auto v = ask(R"({"question":"letter","kind":"conformity","today":"2026-03-10","ordered":"2025-11-10",)" + kParties + fields + "}");
  const std::string text = letter_text(v);
  CHECK(has(text, "au prix de 129,90\u00a0€"));
  CHECK(has(text, "soit au plus tard le 9 avril 2026"));
  CHECK(has(text, "Lettre recommandée avec demande d'avis de réception"));
  CHECK(has(text, "soit jusqu'au 14 novembre 2027 pour ce bien."));  // the guarantee engine's end
  CHECK(!has(text, "présumé"));  // no day the defect appeared: nothing presumed
  bool cites_l217_10 = false;
  for (const auto& s : v.find("steps")->items()) cites_l217_10 = cites_l217_10 || s.find("article")->text() == "L217-10";
  CHECK(cites_l217_10);

  // With the day the defect appeared and the goods' condition, the presumption (24 months, new goods).
  v = ask(R"({"question":"letter","kind":"conformity","today":"2026-03-10","ordered":"2025-11-10","noticed":"2026-03-01","condition":"new",)" +
          kParties + fields + "}");
  CHECK(has(letter_text(v), "Ce défaut étant apparu avant le 14 novembre 2027, il est présumé avoir existé au moment de la délivrance."));

  // Before 2022, out of time: the former regime's 2 years from delivery (L217-12 ancien) ended on 4 January 2024.
  v = ask(R"({"question":"letter","kind":"conformity","today":"2026-03-10","ordered":"2021-12-31",)" + kParties +
          R"("product":"Grille-pain","delivered":"2022-01-04","defect":"Panne.","remedy":"repair"})");
  REQUIRE(v.find("ok")->as_bool());
  CHECK(v.find("applies")->as_bool() == false);

  // Before 2022, in time: the engine's former regime — one month (L217-10 ancien), the old articles.
  v = ask(R"({"question":"letter","kind":"conformity","today":"2023-03-10","ordered":"2021-06-01",)" + kParties +
          R"("product":"Grille-pain","delivered":"2021-06-05","noticed":"2023-03-01","defect":"Panne.","remedy":"replacement"})");
  const std::string old = letter_text(v);
  CHECK(has(old, "Le contrat ayant été conclu avant le 1er janvier 2022"));
  CHECK(has(old, "(article L217-12), soit le 5 juin 2023 pour ce bien."));
  CHECK(has(old, "dans le délai d'un mois suivant la présente demande, soit au plus tard le 10 avril 2023."));
  CHECK(has(old, "article L217-10 du code de la consommation, dans sa rédaction antérieure"));
  CHECK(!has(old, "trente jours"));
  std::vector<std::string> articles;
  for (const auto& a : v.find("letter")->find("articles")->items()) articles.push_back(a.find("article")->text());
  CHECK(articles == std::vector<std::string>{"L217-9 ancien", "L217-10 ancien", "L217-12 ancien"});
}

TEST_CASE("letter question: refund — the refund engine's figures, the prudent reading named") {
  // Informed 2 March 2026 (goods, the seller collects): due 16 March; on 20 April, 35 days late: 20 %.
  const std::string fields =
      R"("product":"Un grille-pain","price":"249,90","delivery":"4,99","contract":"goods","sellerInformed":"2026-03-02",)"
      R"("territory":"metropole","sellerCollects":true,"withdrawalSent":"2026-03-01")";
  auto v = ask(R"({"question":"letter","kind":"refund","today":"2026-04-20",)" + kParties + fields + "}");
  const std::string text = letter_text(v);
  CHECK(v.find("kind")->text() == "refund");
  CHECK(has(text, "Objet : Mise en demeure de rembourser après rétractation"));
  CHECK(has(text, "Le 1er mars 2026, je vous ai notifié ma rétractation du contrat portant sur : Un grille-pain."));
  CHECK(has(text, "article L221-24 du code de la consommation"));
  CHECK(has(text, "soit 254,89 €, au plus tard le 16 mars 2026."));
  CHECK(has(text, "article L242-4 du code de la consommation"));
  CHECK(has(text, "le retard est de 35 jours : la majoration est d'au moins 50,98 €, ce qui porte la somme due à 305,87 €"));
  CHECK(has(text, "lecture la plus prudente du texte : 20 % des sommes dues (jours 31 à 60 de retard))"));
  CHECK(has(text, "dans un délai de 8 jours, soit au plus tard le 28 avril 2026."));
  std::vector<std::string> articles;
  for (const auto& a : v.find("letter")->find("articles")->items()) articles.push_back(a.find("article")->text());
  CHECK(articles == std::vector<std::string>{"L221-24", "L242-4"});
  CHECK(v.find("letter")->find("filename")->text() == "droitconso-refund-2026-04-20.txt");

  // The same figures as the refund question, from the same fields.
  const auto r = ask(R"({"question":"refund","today":"2026-04-20","price":"249,90","delivery":"4,99","contract":"goods",)"
                     R"("sellerInformed":"2026-03-02","territory":"metropole","sellerCollects":true})");
  CHECK(r.find("increase")->find("prudent")->find("cents")->text() == "5098");
  CHECK(r.find("refundDue")->find("date")->text() == "2026-03-16");

  // Day 91 after the due date: DroitConso counts each started 30-day period (55 %); the prudent
  // figure is the alternative's (completed periods: 50 %), named, with DroitConso's figure beside it.
  v = ask(R"({"question":"letter","kind":"refund","today":"2026-06-15","refundDue":"2026-03-16","price":"100,00",)" +
          kParties + R"("product":"Un livre","noticeDays":15,"goodsSentBack":"2026-03-05"})");
  const std::string late = letter_text(v);
  CHECK(has(late, "Je vous ai renvoyé le bien le 5 mars 2026."));
  CHECK(has(late, "le retard est de 91 jours : la majoration est d'au moins 50,00 €, ce qui porte la somme due à 150,00 €"));
  CHECK(has(late, "lecture la plus prudente du texte : « Seules les périodes de 30 jours achevées comptent (jour 91 : 50 %, jour 120 : 55 %) »)."));
  CHECK(has(late, "Selon l'autre lecture (« Au-delà de 90 jours, chaque période de 30 jours commencée ajoute 5 points (jour 91 : 55 %, jour 121 : 60 %) »), la majoration serait de 55,00 €."));
  CHECK(has(late, "dans un délai de 15 jours, soit au plus tard le 30 juin 2026."));
}

TEST_CASE("letter question: refund — no notice when not late, refunded, or not yet due") {
  auto v = ask(R"({"question":"letter","kind":"refund","today":"2026-03-10","refundDue":"2026-03-16","price":"100,00",)" + kParties +
               R"("product":"Un livre","lang":"en"})");
  REQUIRE(v.find("ok")->as_bool());
  CHECK(v.find("applies")->as_bool() == false);
  CHECK(v.find("steps")->items().back().find("text")->text().find("The refund is due by Monday 16 March 2026") == 0);

  // Goods not back and no proof of shipment: the due date cannot be told yet; what is missing is listed.
  v = ask(R"({"question":"letter","kind":"refund","today":"2026-04-20","price":"100,00","contract":"goods",)"
          R"("sellerInformed":"2026-03-02","territory":"metropole","sellerCollects":false,)" + kParties + R"("product":"Un livre"})");
  REQUIRE(v.find("ok")->as_bool());
  CHECK(v.find("applies")->as_bool() == false);
  REQUIRE(v.find("missing"));
  CHECK(v.find("missing")->items().size() == 2);

  // Errors name the refund question's fields.
  v = ask(R"({"question":"letter","kind":"refund","today":"2026-04-20","refundDue":"2026-03-16",)" + kParties + R"("product":"Un livre"})");
  CHECK(error_fields(v) == std::vector<std::string>{"price"});
}

TEST_CASE("letter question: hidden defect") {
  const auto v = ask(R"({"question":"letter","kind":"hiddenDefect","today":"2026-03-10",)" + kParties +
                     R"("product":"Armoire","bought":"2025-06-10","discovered":"2026-03-01","defect":"Vermoulue.",)"
                     R"("remedy":"partialRefund","sellerKnew":true,"noticeDays":15})");
  const std::string text = letter_text(v);
  CHECK(has(text, "de me rendre une partie du prix"));
  CHECK(has(text, "article 1645"));
  CHECK(has(text, "soit au plus tard le 25 mars 2026."));
  // The hidden-defect engine's deadline: 2 years from the discovery (C. civ. 1648).
  CHECK(has(text, "(article 1648 du code civil), qui expire le 1er mars 2028."));
  CHECK(!has(text, "2232"));

  // Bought in 2006, discovered in 2026: the 20 years from the sale (C. civ. 2232) come first.
  auto old = ask(R"({"question":"letter","kind":"hiddenDefect","today":"2026-03-10",)" + kParties +
                 R"("product":"Armoire","bought":"2006-05-10","discovered":"2026-03-01","defect":"Vermoulue.","remedy":"partialRefund"})");
  CHECK(has(letter_text(old), "(article 1648 du code civil), et dans les vingt ans de la vente (article 2232 du code civil), qui expire le 10 mai 2026."));

  // Discovered more than 2 years ago: the action is out of time, no letter; the engine's steps say why.
  old = ask(R"({"question":"letter","kind":"hiddenDefect","today":"2026-03-10",)" + kParties +
            R"("product":"Armoire","bought":"2023-06-10","discovered":"2024-03-01","defect":"Vermoulue.","remedy":"partialRefund"})");
  REQUIRE(old.find("ok")->as_bool());
  CHECK(old.find("applies")->as_bool() == false);
  bool cites_1648 = false;
  for (const auto& s : old.find("steps")->items()) cites_1648 = cites_1648 || s.find("article")->text() == "C. civ. 1648";
  CHECK(cites_1648);
}

TEST_CASE("letter question: every field is checked and named") {
  CHECK(error_fields(ask(R"({"question":"letter","today":"2026-03-10"})")).front() == "kind");
  CHECK(error_fields(ask(R"({"question":"letter","kind":"poem","today":"2026-03-10",)" + kParties + R"("x":1})")) ==
        std::vector<std::string>{"kind"});
  // All the missing fields at once, shared ones and the kind's own.
  CHECK(error_fields(ask(R"({"question":"letter","kind":"withdrawal","today":"2026-03-10"})")) ==
        std::vector<std::string>{"senderName", "senderAddress", "sellerName", "sellerAddress", "place", "product",
                                 "territory", "received"});
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
