// The template reader and renderer: sections, notes, placeholders and conditional parts.
#include "letters/letter_template.hpp"
#include <algorithm>
#include "letters/embedded_templates.hpp"

namespace dc::letters {
namespace {

constexpr std::string_view kOpen = "{{";
constexpr std::string_view kClose = "}}";

std::vector<std::string_view> lines_of(std::string_view text) {
  std::vector<std::string_view> out;
  while (!text.empty()) {
    const std::size_t end = text.find('\n');
    std::string_view line = text.substr(0, end);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);  // a file saved with CRLF
    out.push_back(line);
    if (end == std::string_view::npos) break;
    text.remove_prefix(end + 1);
  }
  return out;
}

bool is_section_line(std::string_view line) { return line.size() > 1 && line[0] == '@'; }
bool is_note_line(std::string_view line) { return !line.empty() && line[0] == '#'; }

const std::string* field(const Fields& fields, std::string_view name) {
  const auto it = fields.find(name);
  return it == fields.end() ? nullptr : &it->second;
}

}  // namespace

std::optional<std::string_view> template_source(std::string_view name) {
  for (const auto& f : embedded::kFiles)
    if (f.name == name) return f.text;
  return std::nullopt;
}

std::vector<std::string_view> template_names() {
  std::vector<std::string_view> out;
  for (const auto& f : embedded::kFiles) out.push_back(f.name);
  return out;
}

std::optional<std::string> template_section(std::string_view source, std::string_view section) {
  std::optional<std::string> out;
  bool inside = false;
  for (const std::string_view line : lines_of(source)) {
    if (is_section_line(line)) {
      inside = line.substr(1) == section;
      if (inside) out = std::string();
    } else if (inside && !is_note_line(line)) {
      if (!out->empty() || !line.empty()) *out += std::string(line) + "\n";  // no leading blank lines
    }
  }
  while (out && !out->empty() && out->back() == '\n') out->pop_back();
  return out;
}

std::vector<std::string> section_names(std::string_view source) {
  std::vector<std::string> out;
  for (const std::string_view line : lines_of(source))
    if (is_section_line(line)) out.emplace_back(line.substr(1));
  return out;
}

std::string render(std::string_view text, const Fields& fields) {
  std::string out;
  while (!text.empty()) {
    const std::size_t open = text.find(kOpen);
    const std::size_t close = open == std::string_view::npos ? open : text.find(kClose, open + kOpen.size());
    if (close == std::string_view::npos) break;  // no (complete) placeholder left: the rest is plain text
    out.append(text.substr(0, open));
    const std::string_view tag = text.substr(open + kOpen.size(), close - open - kOpen.size());
    text.remove_prefix(close + kClose.size());
    if (!tag.empty() && (tag[0] == '#' || tag[0] == '^')) {
      const std::string end_tag = std::string(kOpen) + "/" + std::string(tag.substr(1)) + std::string(kClose);
      const std::size_t end = text.find(end_tag);
      const std::string_view inner = text.substr(0, end);
      const std::string* value = field(fields, tag.substr(1));
      const bool filled = value && !value->empty();
      if (filled == (tag[0] == '#')) out += render(inner, fields);
      text.remove_prefix(end == std::string_view::npos ? text.size() : end + end_tag.size());
    } else if (const std::string* value = field(fields, tag)) {
      out += *value;
    }
  }
  out.append(text);
  return out;
}

std::vector<std::string> placeholders(std::string_view text) {
  std::vector<std::string> out;
  for (std::size_t at = text.find(kOpen); at != std::string_view::npos; at = text.find(kOpen, at + kOpen.size())) {
    const std::size_t close = text.find(kClose, at + kOpen.size());
    if (close == std::string_view::npos) break;
    std::string_view tag = text.substr(at + kOpen.size(), close - at - kOpen.size());
    if (!tag.empty() && (tag[0] == '#' || tag[0] == '^' || tag[0] == '/')) tag.remove_prefix(1);
    if (std::find(out.begin(), out.end(), tag) == out.end()) out.emplace_back(tag);
  }
  return out;
}

}  // namespace dc::letters
