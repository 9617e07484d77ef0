#include <catch2/catch.hpp>
#include <algorithm>
#include "letters/conformity_letter.hpp"
#include "letters/hidden_defect_letter.hpp"
#include "letters/mediator_letter.hpp"
#include "letters/withdrawal_letter.hpp"

namespace {

using namespace date::literals;
using dc::letters::BlockType;
using dc::letters::Letter;

const std::string kHostile = "<img src=x onerror=alert(1)>";

dc::letters::LetterHeader header(date::sys_days on) {
  return {{"Zoé Œuvray " + kHostile, {"12 rue des Lilas", "69001 Lyon"}, "zoe@example.org"},
          {"Boutique Exemple SAS", {"3 avenue du Commerce", "75002 Paris"}, "contact@boutique.example"},
          "Lyon",
          on,
          true};
}

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

bool cites(const Letter& l, std::string_view label) {
  return std::any_of(l.articles.begin(), l.articles.end(), [&](const dc::ArticleRef& a) { return a.label == label; });
}

std::vector<BlockType> types(const Letter& l) {
  std::vector<BlockType> out;
  for (const auto& b : l.blocks) out.push_back(b.type);
  return out;
}

// Every letter: sender, recipient, (sending), place and date, object, paragraphs, signature, in this order.
void check_layout(const Letter& l, bool registered) {
  const auto t = types(l);
  REQUIRE(t.size() > 6);
  CHECK(t[0] == BlockType::sender);
  CHECK(t[1] == BlockType::recipient);
  std::size_t i = 2;
  if (registered) CHECK(t[i++] == BlockType::sending);
  CHECK(t[i++] == BlockType::place_date);
  CHECK(t[i++] == BlockType::object);
  CHECK(t.back() == BlockType::signature);
  for (; i + 1 < t.size(); ++i) CHECK(t[i] == BlockType::paragraph);
  CHECK(l.blocks.front().lines.front() == "Zoé Œuvray " + kHostile);  // verbatim, not escaped
  CHECK(l.blocks.back().lines == std::vector<std::string>{"Zoé Œuvray " + kHostile});
  for (const auto& b : l.blocks)
    for (const auto& line : b.lines) CHECK(line.find('\n') == std::string::npos);
}

}  // namespace

TEST_CASE("letter 1: the model withdrawal form of the annex to R221-1, word for word, in order") {
  const dc::letters::WithdrawalLetterFacts f{header(date::sys_days{2026_y / 1 / 20}), "Un grille-pain " + kHostile, "A-1234",
                                             date::sys_days{2026_y / 1 / 10}, date::sys_days{2026_y / 1 / 14},
                                             date::sys_days{2026_y / 1 / 28}};
  const Letter l = dc::letters::withdrawal_letter(f);
  check_layout(l, true);
  const std::string text = dc::letters::plain_text(l);
  const std::vector<std::string> annex{
      "MODÈLE DE FORMULAIRE DE RÉTRACTATION",
      "(Veuillez compléter et renvoyer le présent formulaire uniquement si vous souhaitez vous rétracter du contrat.)",
      "A l'attention de Boutique Exemple SAS, 3 avenue du Commerce, 75002 Paris, contact@boutique.example :",
      "Je/nous (*) vous notifie/notifions (*) par la présente ma/notre (*) rétractation du contrat portant sur la vente "
      "du bien (*)/pour la prestation de services (*) ci-dessous :",
      "Commandé le (*)/reçu le (*) : commandé le 10 janvier 2026, reçu le 14 janvier 2026",
      "Nom du (des) consommateur(s) : Zoé Œuvray " + kHostile,
      "Adresse du (des) consommateur(s) : 12 rue des Lilas, 69001 Lyon",
      "Signature du (des) consommateur(s) (uniquement en cas de notification du présent formulaire sur papier) :",
      "Date : 20 janvier 2026",
      "(*) Rayez la mention inutile.",
  };
  std::size_t last = 0;
  for (const auto& line : annex) {
    const std::size_t at = text.find("\n" + line + "\n");
    INFO(line);
    REQUIRE(at != std::string::npos);
    CHECK(at >= last);
    last = at;
  }
  CHECK(has(text, "Un grille-pain " + kHostile + " (commande n° A-1234)"));
  CHECK(has(text, "qui expire le 28 janvier 2026 à minuit (articles L221-18 et L221-19"));
  CHECK(has(text, "Objet : Rétractation — commande n° A-1234"));
  CHECK(has(text, "Lyon, le 20 janvier 2026"));
  CHECK(has(text, "Lettre recommandée avec demande d'avis de réception"));
  CHECK(cites(l, "R221-1"));
  CHECK(cites(l, "L221-18"));
  CHECK(l.filename == "droitconso-withdrawal-2026-01-20.txt");
}

TEST_CASE("letter 1: no deadline sentence when the period is not surely open, no order reference, no mention") {
  dc::letters::WithdrawalLetterFacts f{header(date::sys_days{2026_y / 1 / 20}), "Un grille-pain", "", std::nullopt,
                                       date::sys_days{2026_y / 1 / 14}, std::nullopt};
  f.header.registered = false;
  const Letter l = dc::letters::withdrawal_letter(f);
  check_layout(l, false);
  const std::string text = dc::letters::plain_text(l);
  CHECK(!has(text, "qui expire"));
  CHECK(!has(text, "commande n°"));
  CHECK(has(text, "Commandé le (*)/reçu le (*) : reçu le 14 janvier 2026\n"));
  CHECK(has(text, "Objet : Rétractation\n"));
  CHECK(!cites(l, "L221-19"));
}

TEST_CASE("letter 5: referral to the consumer mediator, with the steps taken and their dates") {
  auto h = header(date::sys_days{2026_y / 3 / 10});
  h.recipient = {"Médiateur du e-commerce", {"60 rue La Boétie", "75008 Paris"}, ""};
  h.registered = false;
  const dc::letters::MediatorLetterFacts f{
      h, {"Boutique Exemple SAS", {"3 avenue du Commerce", "75002 Paris"}, ""}, "Un grille-pain", "A-1234",
      date::sys_days{2026_y / 1 / 10}, "Rétractation le 20 janvier.\nPas de remboursement. " + kHostile,
      "Le remboursement de 129,90 €.", date::sys_days{2026_y / 2 / 10}, date::sys_days{2026_y / 2 / 20}, 8,
      date::sys_days{2026_y / 2 / 25}, "Refus.", date::sys_days{2027_y / 2 / 10}};
  const Letter l = dc::letters::mediator_letter(f);
  check_layout(l, false);
  const std::string text = dc::letters::plain_text(l);
  CHECK(has(text, "\nMédiateur du e-commerce\n60 rue La Boétie\n75008 Paris\n"));
  CHECK(has(text, "Objet : Demande de médiation — litige avec Boutique Exemple SAS (commande n° A-1234)"));
  CHECK(has(text, "Boutique Exemple SAS, 3 avenue du Commerce, 75002 Paris\n"));
  CHECK(has(text, "Achat : Un grille-pain, commande n° A-1234, passée le 10 janvier 2026.\n"));
  CHECK(has(text, "Rétractation le 20 janvier.\nPas de remboursement. " + kHostile + "\n"));
  CHECK(has(text, "– le 10 février 2026 : réclamation écrite adressée au professionnel ;\n"));
  CHECK(has(text, "– le 20 février 2026 : mise en demeure par lettre recommandée avec demande d'avis de réception, lui "
                  "laissant 8 jours, soit jusqu'au 28 février 2026 ;\n"));
  CHECK(has(text, "– le 25 février 2026 : réponse du professionnel, qui ne m'a pas donné satisfaction.\n  Sa réponse : Refus.\n"));
  CHECK(has(text, "qui expire le 10 février 2027 (article L612-2 du code de la consommation)"));
  CHECK(has(text, "Le remboursement de 129,90 €."));
  CHECK(cites(l, "L612-2"));
}

TEST_CASE("letter 5: without an answer from the seller, the list says so") {
  auto h = header(date::sys_days{2026_y / 3 / 10});
  dc::letters::MediatorLetterFacts f{h, {"Vendeur", {"Rue", "Ville"}, ""}, "", "", std::nullopt, "Litige.", "Demande.",
                                     date::sys_days{2026_y / 2 / 10}, std::nullopt, 8, std::nullopt, "",
                                     date::sys_days{2027_y / 2 / 10}};
  const std::string text = dc::letters::plain_text(dc::letters::mediator_letter(f));
  CHECK(has(text, "– le 10 février 2026 : réclamation écrite adressée au professionnel ;\n– à ce jour, le professionnel ne m'a pas donné satisfaction.\n"));
  CHECK(!has(text, "Achat :"));
  CHECK(!has(text, "mise en demeure"));
}

TEST_CASE("letter 3: conformity notice — remedy within 30 days, then reduction or cancellation") {
  const dc::letters::ConformityLetterFacts f{header(date::sys_days{2026_y / 3 / 10}), "Un grille-pain", "A-1234",
                                             date::sys_days{2025_y / 11 / 10}, date::sys_days{2025_y / 11 / 14}, 12990,
                                             date::sys_days{2026_y / 3 / 1}, "Il ne chauffe plus. " + kHostile,
                                             dc::letters::ConformityRemedy::repair,
                                             {dc::ConformityRegime::from2022, date::sys_days{2026_y / 4 / 9}, {}, {}}};
  const Letter l = dc::letters::conformity_letter(f);
  check_layout(l, true);
  const std::string text = dc::letters::plain_text(l);
  CHECK(has(text, "Le 10 novembre 2025, je vous ai acheté le bien suivant : Un grille-pain, au prix de 129,90\u00a0€. Il m'a été livré le 14 novembre 2025."));
  CHECK(has(text, "apparu le 1er mars 2026 :\nIl ne chauffe plus. " + kHostile + "\n"));
  CHECK(has(text, "Je vous demande en conséquence la réparation du bien"));
  CHECK(has(text, "(article L217-10 du code de la consommation), soit au plus tard le 9 avril 2026."));
  CHECK(has(text, "article L217-14"));
  CHECK(!has(text, "jusqu'au"));   // no guarantee end without the engine's date
  CHECK(!has(text, "présumé"));
  CHECK(cites(l, "L217-10"));
  CHECK(cites(l, "L217-14"));
}

TEST_CASE("letter 3: the guarantee engine's dates, when given, are quoted") {
  dc::letters::ConformityLetterFacts f{header(date::sys_days{2026_y / 3 / 10}), "Un grille-pain", "",
                                       date::sys_days{2025_y / 11 / 10}, date::sys_days{2025_y / 11 / 14}, std::nullopt,
                                       std::nullopt, "Panne.", dc::letters::ConformityRemedy::replacement,
                                       {dc::ConformityRegime::from2022, date::sys_days{2026_y / 4 / 9}, date::sys_days{2027_y / 11 / 14},
                                        date::sys_days{2027_y / 11 / 14}}};
  const std::string text = dc::letters::plain_text(dc::letters::conformity_letter(f));
  CHECK(has(text, "soit jusqu'au 14 novembre 2027 pour ce bien."));
  CHECK(has(text, "Ce défaut étant apparu avant le 14 novembre 2027, il est présumé"));
  CHECK(has(text, "le remplacement du bien"));
  CHECK(!has(text, "au prix de"));
}

TEST_CASE("letter 4: hidden-defect claim — 1641, 1644 choice, 1645 if the seller knew, 1648") {
  dc::letters::HiddenDefectLetterFacts f{header(date::sys_days{2026_y / 3 / 10}), "Une armoire", "",
                                         date::sys_days{2025_y / 6 / 10}, std::nullopt, 145000,
                                         date::sys_days{2026_y / 3 / 1}, "Vermoulue. " + kHostile,
                                         dc::letters::HiddenDefectRemedy::return_and_refund, true, 8, {}};
  Letter l = dc::letters::hidden_defect_letter(f);
  check_layout(l, true);
  std::string text = dc::letters::plain_text(l);
  CHECK(has(text, "au prix de 1\u202f450,00\u00a0€."));
  CHECK(has(text, "Le 1er mars 2026, j'ai découvert le défaut suivant"));
  CHECK(has(text, "Vermoulue. " + kHostile));
  CHECK(has(text, "articles 1641 et suivants du code civil"));
  CHECK(has(text, "de me restituer le prix de 1\u202f450,00\u00a0€, contre la restitution du bien."));
  CHECK(has(text, "(article 1645 du code civil)"));
  CHECK(has(text, "(article 1648 du code civil)."));
  CHECK(has(text, "dans un délai de 8 jours, soit au plus tard le 18 mars 2026."));
  CHECK(cites(l, "C. civ. 1645"));

  f.remedy = dc::letters::HiddenDefectRemedy::partial_refund;
  f.seller_knew = false;
  f.notice_days = 15;
  f.deadlines.action_until = date::sys_days{2028_y / 3 / 1};
  l = dc::letters::hidden_defect_letter(f);
  text = dc::letters::plain_text(l);
  CHECK(has(text, "de me rendre une partie du prix, le bien restant en ma possession."));
  CHECK(!has(text, "1645"));
  CHECK(!cites(l, "C. civ. 1645"));
  CHECK(has(text, "(article 1648 du code civil), qui expire le 1er mars 2028."));
  CHECK(has(text, "dans un délai de 15 jours, soit au plus tard le 25 mars 2026."));
}
