#include <catch2/catch.hpp>
#include <algorithm>
#include "letters/letter_template.hpp"

using dc::letters::Fields;
using dc::letters::placeholders;
using dc::letters::render;
using dc::letters::template_section;

TEST_CASE("template: placeholders, conditional and inverted parts") {
  const Fields f{{"name", "Zoé"}, {"empty", ""}};
  CHECK(render("Bonjour {{name}} !", f) == "Bonjour Zoé !");
  CHECK(render("[{{missing}}]", f) == "[]");
  CHECK(render("a{{#name}} ({{name}}){{/name}}b", f) == "a (Zoé)b");
  CHECK(render("a{{#empty}} ({{empty}}){{/empty}}b", f) == "ab");
  CHECK(render("a{{^empty}}-{{/empty}}{{^name}}+{{/name}}b", f) == "a-b");
  CHECK(render("{{#name}}x{{#empty}}y{{/empty}}z{{/name}}", f) == "xz");
  CHECK(render("no close {{name", f) == "no close {{name");
}

TEST_CASE("template: inserted text is never read again as a template, nor as markup") {
  const Fields f{{"name", "{{other}} <img src=x onerror=alert(1)> & {{#x}}"}, {"other", "NO"}};
  CHECK(render("<{{name}}>", f) == "<{{other}} <img src=x onerror=alert(1)> & {{#x}}>");
}

TEST_CASE("template: sections, notes and line ends") {
  const std::string src = "# a note\n@object\nObjet {{x}}\n@body\n\nLine 1\n# another note\n\nLine 2\n\n@closing\r\nBye\r\n";
  CHECK(template_section(src, "object") == "Objet {{x}}");
  CHECK(template_section(src, "body") == "Line 1\n\nLine 2");
  CHECK(template_section(src, "closing") == "Bye");
  CHECK(!template_section(src, "sending"));
  CHECK(dc::letters::section_names(src) == std::vector<std::string>{"object", "body", "closing"});
}

TEST_CASE("template: the five letters are embedded, each with its object, body and closing") {
  const auto names = dc::letters::template_names();
  CHECK(names == std::vector<std::string_view>{"conformity_notice", "hidden_defect", "mediator", "refund_notice", "withdrawal"});
  for (const auto name : names) {
    const auto src = dc::letters::template_source(name);
    REQUIRE(src);
    INFO(name);
    CHECK(template_section(*src, "object"));
    CHECK(template_section(*src, "body"));
    CHECK(template_section(*src, "sending"));
    if (name != "withdrawal") CHECK(template_section(*src, "closing"));
  }
}

TEST_CASE("template: each template's note lists exactly the fields its sections use") {
  // The "# Fields:" note is the template's contract with the code that fills it (and with the
  // engines wired in later): it must name every placeholder, and no other.
  for (const auto name : dc::letters::template_names()) {
    const std::string src(*dc::letters::template_source(name));
    const std::size_t at = src.find("# Fields:");
    REQUIRE(at != std::string::npos);
    std::string listed_text;
    for (std::size_t i = at + 9; i < src.size() && src[i] != '@';) {
      const std::size_t end = src.find('\n', i);
      std::string line = src.substr(i, end - i);
      if (!listed_text.empty() && line.rfind("# ", 0) != 0) break;
      listed_text += (line.rfind("# ", 0) == 0 ? line.substr(2) : line) + " ";
      i = end + 1;
    }
    std::vector<std::string> listed;
    std::string word;
    for (char c : listed_text + " ") {
      if (c == ',' || c == ' ' || c == '.') {
        if (!word.empty()) listed.push_back(word);
        word.clear();
      } else {
        word += c;
      }
    }
    std::vector<std::string> used;
    for (const auto& section : dc::letters::section_names(src)) {
      if (section.rfind("step_", 0) == 0) continue;  // list items: their own small fields
      for (auto& p : placeholders(*template_section(src, section)))
        if (std::find(used.begin(), used.end(), p) == used.end()) used.push_back(p);
    }
    std::sort(listed.begin(), listed.end());
    std::sort(used.begin(), used.end());
    INFO(name);
    CHECK(listed == used);
  }
}
