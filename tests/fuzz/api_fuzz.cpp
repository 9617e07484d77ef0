// Fuzzes dc::api::answer with raw text: whatever arrives, the answer is a JSON object with "ok",
// and a failure names a field (fuzz_checks.hpp). Seeds: tests/fuzz/corpus/api/, plus one accepted
// request per question of dc::api::questions(), written at start-up into the folder named by
// DROITCONSO_FUZZ_SEED_DIR (scripts/fuzz-smoke and scripts/fuzz pass it as a corpus folder).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <string>
#include <string_view>
#include "api/answer.hpp"
#include "api_probe.hpp"
#include "fuzz_checks.hpp"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  const char* dir = std::getenv("DROITCONSO_FUZZ_SEED_DIR");
  if (!dir) return 0;
  for (const auto& shape : dc::test::question_shapes()) {
    std::ofstream(std::string(dir) + "/probed-" + shape.name + (shape.variant.empty() ? "" : "-" + shape.variant) + ".json") << dc::json::serialize(shape.request);
  }
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  dc::fuzz::expect_api_answer(dc::api::answer(text));
  return 0;
}
