// Reads the text a person types (names, addresses, descriptions) from a JSON request: length-limited,
// control characters refused, any Unicode letter accepted. The text is kept exactly as typed (only
// trimmed): never interpreted, never turned into markup; whoever renders it escapes it.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>
#include "api/request.hpp"

namespace dc::api {

struct TextRule {
  std::size_t max_chars;   // Unicode characters, after trimming
  bool multiline = false;  // line feeds allowed (descriptions); "\r\n" and "\r" are read as "\n"
};

enum class TextProblem { none, control_character, too_long };

// C0 and C1 controls, DEL, line/paragraph separators and bidirectional overrides are refused (a line
// feed only where the rule allows it). The text must be valid UTF-8 (the JSON reader checks it).
TextProblem check_text(std::string_view utf8, TextRule rule);
std::size_t count_chars(std::string_view utf8);

// A string field; an empty or blank string is "not given".
std::optional<std::string> read_text(Request& req, std::string_view field, Label label, TextRule rule, bool required);

// An array of one-line strings (a postal address): 1 to max_lines non-blank lines.
std::optional<std::vector<std::string>> read_lines(Request& req, std::string_view field, Label label,
                                                   std::size_t max_lines, std::size_t max_chars, bool required);

// An e-mail address, only as text to print: one line, with an '@', no spaces. Nothing is sent to it.
std::optional<std::string> read_email(Request& req, std::string_view field, Label label, bool required);

}  // namespace dc::api
