// One step of an explanation: a sentence and the article it applies.
#pragma once
#include <string>
#include <vector>
#include "rules/legal_source.hpp"

namespace dc {

struct Step {
  std::string text;
  ArticleRef article;
};

using Steps = std::vector<Step>;

}  // namespace dc
