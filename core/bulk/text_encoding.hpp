// The text of a dropped or given CSV file, made UTF-8: a UTF-8 byte order mark is dropped, and a
// file that is not valid UTF-8 is read as Windows-1252 (what spreadsheet software in France saves
// as "CSV (séparateur : point-virgule)"). UTF-16 files are recognised and refused.
#pragma once
#include <string>
#include <string_view>

namespace dc::bulk {

enum class Encoding { utf8, utf8_with_bom, windows_1252, utf16 };

struct Utf8Text {
  Encoding encoding;
  std::string_view text;  // UTF-8, without a byte order mark (empty for UTF-16)
};

bool is_valid_utf8(std::string_view bytes);
std::string windows_1252_to_utf8(std::string_view bytes);

// `text` points into `bytes`, or into `storage` when the bytes had to be converted.
Utf8Text as_utf8(std::string_view bytes, std::string& storage);

}  // namespace dc::bulk
