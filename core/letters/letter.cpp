// Lays out a letter from its template: header blocks from the parties, the rest from the sections.
#include "letters/letter.hpp"
#include "calendar/iso_date.hpp"
#include "text/date_words.hpp"

namespace dc::letters {
namespace {

constexpr std::string_view kRegistered = "Lettre recommandée avec demande d'avis de réception";

std::vector<std::string> party_lines(const Party& p) {
  std::vector<std::string> out{p.name};
  out.insert(out.end(), p.address.begin(), p.address.end());
  if (!p.email.empty()) out.push_back(p.email);
  return out;
}

std::vector<std::string> split_lines(std::string_view text) {
  std::vector<std::string> out;
  while (true) {
    const std::size_t end = text.find('\n');
    out.emplace_back(text.substr(0, end));
    if (end == std::string_view::npos) break;
    text.remove_prefix(end + 1);
  }
  return out;
}

bool is_blank(std::string_view line) { return line.find_first_not_of(" \t") == std::string_view::npos; }

// Paragraphs are separated by one or more blank lines; lines inside a paragraph are kept.
std::vector<LetterBlock> paragraphs(std::string_view text) {
  std::vector<LetterBlock> out;
  std::vector<std::string> current;
  for (auto& line : split_lines(text)) {
    if (is_blank(line)) {
      if (!current.empty()) out.push_back({BlockType::paragraph, std::move(current)});
      current.clear();
    } else {
      current.push_back(std::move(line));
    }
  }
  if (!current.empty()) out.push_back({BlockType::paragraph, std::move(current)});
  return out;
}

std::string section_text(std::string_view source, std::string_view section, const Fields& fields) {
  const auto text = template_section(source, section);
  return text ? render(*text, fields) : std::string();
}

}  // namespace

std::string inline_address(const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& l : lines) out += (out.empty() ? "" : ", ") + l;
  return out;
}

std::string inline_party(const Party& party) {
  std::string out = party.name;
  if (!party.address.empty()) out += ", " + inline_address(party.address);
  if (!party.email.empty()) out += ", " + party.email;
  return out;
}

std::string letter_day(date::sys_days day) { return day_month_year(day, Lang::fr); }

std::string_view block_type_code(BlockType t) {
  switch (t) {
    case BlockType::sender: return "sender";
    case BlockType::recipient: return "recipient";
    case BlockType::sending: return "sending";
    case BlockType::place_date: return "placeDate";
    case BlockType::object: return "object";
    case BlockType::paragraph: return "paragraph";
    case BlockType::signature: return "signature";
  }
  return "";
}

std::string render_section(std::string_view template_name, std::string_view section, const Fields& fields) {
  const auto source = template_source(template_name);
  return source ? section_text(*source, section, fields) : std::string();
}

Letter assemble_letter(std::string_view kind, std::string_view template_name, const LetterHeader& header,
                       Fields fields, std::vector<ArticleRef> articles) {
  fields["sender_name"] = header.sender.name;
  fields["sender_address_inline"] = inline_address(header.sender.address);
  fields["recipient_name"] = header.recipient.name;
  fields["recipient_inline"] = inline_party(header.recipient);
  fields["place"] = header.place;
  fields["letter_date"] = letter_day(header.date);
  fields["sending"] = header.registered ? std::string(kRegistered) : std::string();
  const std::string_view source = template_source(template_name).value_or(std::string_view());

  Letter letter{kind, {}, std::move(articles), "droitconso-" + std::string(kind) + "-" + iso_date(header.date) + ".txt"};
  auto& b = letter.blocks;
  b.push_back({BlockType::sender, party_lines(header.sender)});
  b.push_back({BlockType::recipient, party_lines(header.recipient)});
  if (const std::string sending = section_text(source, "sending", fields); !sending.empty())
    b.push_back({BlockType::sending, split_lines(sending)});
  b.push_back({BlockType::place_date, {header.place + ", le " + fields["letter_date"]}});
  b.push_back({BlockType::object, {"Objet : " + section_text(source, "object", fields)}});
  for (auto& p : paragraphs(section_text(source, "body", fields))) b.push_back(std::move(p));
  for (auto& p : paragraphs(section_text(source, "closing", fields))) b.push_back(std::move(p));
  b.push_back({BlockType::signature, {header.sender.name}});
  return letter;
}

std::string plain_text(const Letter& letter) {
  std::string out;
  for (const auto& block : letter.blocks) {
    if (!out.empty()) out += '\n';
    for (const auto& line : block.lines) out += line + '\n';
  }
  return out;
}

}  // namespace dc::letters
