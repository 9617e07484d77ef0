// A ready-to-send letter, in French whatever the interface language: blocks a page lays out for print
// (sender, recipient, how it is sent, place and date, object, paragraphs, signature) and the same
// letter as plain text. Names, addresses and free text are inserted as typed, as plain text.
#pragma once
#include <date/date.h>
#include <string>
#include <string_view>
#include <vector>
#include "letters/letter_template.hpp"
#include "rules/legal_source.hpp"

namespace dc::letters {

struct Party {
  std::string name;
  std::vector<std::string> address;  // postal address, one line per item
  std::string email;                 // may be empty
};

struct LetterHeader {
  Party sender;             // the consumer
  Party recipient;          // the seller, or the mediator
  std::string place;        // where the letter is written: "Lyon"
  date::sys_days date;      // the letter's date
  bool registered = false;  // sent by registered letter with acknowledgement of receipt
};

enum class BlockType { sender, recipient, sending, place_date, object, paragraph, signature };

struct LetterBlock {
  BlockType type;
  std::vector<std::string> lines;
};

struct Letter {
  std::string_view kind;             // "withdrawal", "mediator", "conformity", "hiddenDefect"
  std::vector<LetterBlock> blocks;   // in reading order
  std::vector<ArticleRef> articles;  // the articles the letter cites, for the page's links
  std::string filename;              // "droitconso-withdrawal-2026-01-20.txt"
};

// Fills the template's @sending, @object, @body and @closing sections with `fields` plus the header's
// own fields (sender_name, sender_address_inline, recipient_name, recipient_inline, place,
// letter_date, sending), and lays out the blocks.
Letter assemble_letter(std::string_view kind, std::string_view template_name, const LetterHeader& header,
                       Fields fields, std::vector<ArticleRef> articles);

// Renders one extra @section of a template (a list item, for instance) with these fields.
std::string render_section(std::string_view template_name, std::string_view section, const Fields& fields);

std::string plain_text(const Letter& letter);  // blocks separated by blank lines, "\n" line ends
std::string_view block_type_code(BlockType t);  // "sender", "placeDate", … as in the JSON API

// "12 rue des Lilas, 69001 Lyon": an address on one line; a party with its address and e-mail.
std::string inline_address(const std::vector<std::string>& lines);
std::string inline_party(const Party& party);
std::string letter_day(date::sys_days day);  // "1er février 2026"

}  // namespace dc::letters
