// The languages every user-facing text exists in (text/lang.hpp).
#include "text/lang.hpp"

namespace dc {

std::string tr(Lang lang, std::string_view fr, std::string_view en) { return std::string(lang == Lang::en ? en : fr); }

}  // namespace dc
