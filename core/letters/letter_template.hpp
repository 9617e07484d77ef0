// Letter templates: readable text files (core/letters/templates/<name>.txt) embedded into the core at
// build time. A template is cut into sections by lines "@section"; lines starting with "#" are notes
// for the reader of the file. In a section:
//   {{field}}               the field's text, inserted verbatim and never read again as a template;
//   {{#field}}…{{/field}}   kept only when the field is not empty;
//   {{^field}}…{{/field}}   kept only when the field is empty.
// The output is plain text: nothing here produces or interprets markup.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dc::letters {

using Fields = std::map<std::string, std::string, std::less<>>;

// The embedded template files, by name ("withdrawal"), and all their names.
std::optional<std::string_view> template_source(std::string_view name);
std::vector<std::string_view> template_names();

// One "@section" of a template, without its note lines and without the final line end; nullopt if absent.
std::optional<std::string> template_section(std::string_view source, std::string_view section);
std::vector<std::string> section_names(std::string_view source);

std::string render(std::string_view text, const Fields& fields);

// Every field name a text uses ({{x}}, {{#x}}, {{^x}}), once each, in order of appearance.
std::vector<std::string> placeholders(std::string_view text);

}  // namespace dc::letters
