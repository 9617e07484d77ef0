// Checked integer arithmetic for money: every operation says when it would overflow instead of
// wrapping, and one exact multiply-divide rounds half up (the rounding rules.md section 6 asks for).
#pragma once
#include <cstdint>
#include <optional>

namespace dc {

// An amount of money in euro cents. Never a floating-point number.
using Cents = std::int64_t;

inline std::optional<std::int64_t> checked_add(std::int64_t a, std::int64_t b) {
  std::int64_t out = 0;
  if (__builtin_add_overflow(a, b, &out)) return std::nullopt;
  return out;
}

inline std::optional<std::int64_t> checked_mul(std::int64_t a, std::int64_t b) {
  std::int64_t out = 0;
  if (__builtin_mul_overflow(a, b, &out)) return std::nullopt;
  return out;
}

// a × b / d rounded half up, exactly (the product is held on 128 bits, which g++ and the
// emscripten clang both provide), for a, b ≥ 0 and d > 0; nullopt when the result exceeds 64 bits.
inline std::optional<std::int64_t> mul_div_round_half_up(std::int64_t a, std::int64_t b, std::int64_t d) {
  __extension__ typedef unsigned __int128 u128;
  if (a < 0 || b < 0 || d <= 0) return std::nullopt;
  const u128 product = static_cast<u128>(a) * static_cast<u128>(b);
  const u128 q = (product + static_cast<u128>(d) / 2) / static_cast<u128>(d);
  if (q > static_cast<u128>(INT64_MAX)) return std::nullopt;
  return static_cast<std::int64_t>(q);
}

// a × b >= c × d, exactly, for non-negative operands (compares fractions without rounding them).
inline bool product_at_least(std::int64_t a, std::int64_t b, std::int64_t c, std::int64_t d) {
  __extension__ typedef unsigned __int128 u128;
  return static_cast<u128>(a) * static_cast<u128>(b) >= static_cast<u128>(c) * static_cast<u128>(d);
}

}  // namespace dc
