// Times the core natively on the inputs of scripts/bench, which times the wasm module on the same
// files, one round of each in turn (the machine's load changes: rounds side by side compare best).
// Usage: native_bench answers REQUESTS.jsonl   -> {"answersPerSecond":…}  (1 s of answers, after 1 s of warm-up)
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>
#include "api/answer.hpp"

namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

std::string file_text(const char* path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    if (end > start) out.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

// Whole passes over the requests for `seconds`; the number of answers per second.
double answers_for(const std::vector<std::string>& requests, double seconds, std::size_t& checksum) {
  const auto start = Clock::now();
  std::size_t count = 0;
  do {
    for (const auto& r : requests) checksum += dc::api::answer(r).size();
    count += requests.size();
  } while (seconds_since(start) < seconds);
  return static_cast<double>(count) / seconds_since(start);
}

}  // namespace

int main(int argc, char** argv) {
  std::size_t checksum = 0;
  if (argc == 3 && std::strcmp(argv[1], "answers") == 0) {
    const std::vector<std::string> requests = lines_of(file_text(argv[2]));
    if (requests.empty()) return 2;
    answers_for(requests, 1.0, checksum);  // warm-up
    const double rate = answers_for(requests, 1.0, checksum);
    std::printf("{\"answersPerSecond\":%.0f,\"checksum\":%zu}\n", rate, checksum);
    return 0;
  }
  std::fprintf(stderr, "usage: native_bench answers REQUESTS.jsonl\n");
  return 2;
}
