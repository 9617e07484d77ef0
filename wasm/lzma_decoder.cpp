// An LZMA decoder (the .lzma format's range-coded stream, as `xz --format=lzma` writes it), built
// as a wasm of its own (3.7 KB) that wasm/pre.js runs to unpack the module's wasm, which
// wasm/embed-wasm.js inlines compressed: xz's LZMA is 20 % smaller than gzip on that wasm
// (README, Performance). In wasm because a JavaScript decoder, compiled cold, took 77 to 145 ms
// in Chromium for the module's 400 KB; this one runs in baseline-compiled code at once.
// Written from Igor Pavlov's LZMA specification (lzma-specification.txt and LzmaSpec.cpp, public
// domain); only what decoding needs: no encoder, no .xz container, the whole output is the window.
// No libc (nothing to link): the caller gives every buffer in the memory it imports.
// Fixed-width types from the compiler itself: nothing to include.
using uint8_t = __UINT8_TYPE__;
using uint16_t = __UINT16_TYPE__;
using uint32_t = __UINT32_TYPE__;

// Offsets into the one array of probabilities: IsMatch (12 states x 16), IsRep, IsRepG0,
// IsRepG1, IsRepG2 (12 each), IsRep0Long (12 x 16), PosSlot (4 x 64), SpecPos (115), Align (16),
// the length decoders (514 each: choice, choice2, low 16 x 8, mid 16 x 8, high 256), literals.
// A bit tree's probabilities are read from its offset + 1, as in LzmaSpec.cpp.
constexpr uint32_t kIsRep = 192, kIsRepG0 = 204, kIsRepG1 = 216, kIsRepG2 = 228, kIsRep0Long = 240,
                   kPosSlot = 432, kSpecPos = 688, kAlign = 803, kLen = 819, kRepLen = 1333,
                   kLiterals = 1847;

// The range decoder's state lives in locals of lzma_decode (registers in baseline-compiled wasm,
// where a struct's members were loads and stores of linear memory): these macros are its steps.
#define DC_NEXT() (in < in_end ? *in++ : (corrupt = true, 0))
#define DC_NORMALIZE()                     \
  if (range < (1u << 24)) {                \
    range <<= 8;                           \
    code = (code << 8) | DC_NEXT();        \
  }
// Sets b to the next bit, coded with the probability probs[p] (LzmaSpec.cpp, DecodeBit).
#define DC_BIT(p, b)                                                 \
  do {                                                               \
    uint16_t* prob_ = probs + (p);                                   \
    const uint32_t bound_ = (range >> 11) * *prob_;                  \
    if (code < bound_) {                                             \
      range = bound_;                                                \
      *prob_ = static_cast<uint16_t>(*prob_ + ((2048 - *prob_) >> 5)); \
      b = 0;                                                         \
    } else {                                                         \
      range -= bound_;                                               \
      code -= bound_;                                                \
      *prob_ = static_cast<uint16_t>(*prob_ - (*prob_ >> 5));        \
      b = 1;                                                         \
    }                                                                \
    DC_NORMALIZE()                                                   \
  } while (0)
// A bit tree of `bits` bits at probs[p + 1 ...], read from its top bit (m ends as 1 << bits + value).
#define DC_TREE(p, bits, m)                  \
  do {                                       \
    m = 1;                                   \
    for (uint32_t i_ = 0; i_ < (bits); i_++) { \
      uint32_t b_;                           \
      DC_BIT((p) + m, b_);                   \
      m = (m << 1) | b_;                     \
    }                                        \
    m -= 1u << (bits);                       \
  } while (0)

// Decodes `in` (a whole .lzma file: its 13-byte header, then the stream) into out[0, size), using
// `probs` (1847 + 0x300 << (lc + lp) entries) for the model. Returns 0, or 1 when the stream is
// not one this decoder reads or does not hold `size` bytes (out is then not to be used).
extern "C" __attribute__((export_name("lzma_decode"))) int lzma_decode(const uint8_t* in, uint32_t in_size,
                                                                      uint8_t* out, uint32_t size,
                                                                      uint16_t* probs) {
  if (in_size < 18 || in[0] >= 225) return 1;
  const uint32_t lc = in[0] % 9, lp = (in[0] / 9) % 5, pb = in[0] / 45;
  const uint32_t count = kLiterals + (0x300u << (lc + lp));
  for (uint32_t i = 0; i < count; i++) probs[i] = 1024;
  const uint8_t* const in_end = in + in_size;
  in += 13;
  bool corrupt = false;
  if (DC_NEXT() != 0) return 1;
  uint32_t range = 0xFFFFFFFF, code = 0;
  for (int i = 0; i < 4; i++) code = (code << 8) | DC_NEXT();

  uint32_t pos = 0, state = 0, rep0 = 0, rep1 = 0, rep2 = 0, rep3 = 0, b;
  const uint32_t pb_mask = (1u << pb) - 1, lp_mask = (1u << lp) - 1;
  while (pos < size && !corrupt) {
    const uint32_t pos_state = pos & pb_mask;
    uint32_t len;
    DC_BIT((state << 4) + pos_state, b);
    if (!b) {
      // A literal, coded against the byte at rep0 after a match (LzmaSpec.cpp, DecodeLiteral).
      const uint32_t prev = pos > 0 ? out[pos - 1] : 0;
      uint16_t* const base = probs + kLiterals + 0x300 * (((pos & lp_mask) << lc) + (prev >> (8 - lc)));
      uint32_t symbol = 1;
      if (state >= 7) {
        if (rep0 >= pos) return 1;
        uint32_t match_byte = out[pos - rep0 - 1];
        do {
          const uint32_t match_bit = (match_byte >> 7) & 1;
          match_byte <<= 1;
          DC_BIT(base - probs + ((1 + match_bit) << 8) + symbol, b);
          symbol = (symbol << 1) | b;
          if (match_bit != b) break;
        } while (symbol < 0x100);
      }
      while (symbol < 0x100) {
        DC_BIT(base - probs + symbol, b);
        symbol = (symbol << 1) | b;
      }
      out[pos++] = static_cast<uint8_t>(symbol);
      state = state < 4 ? 0 : state < 10 ? state - 3 : state - 6;
      continue;
    }
    uint32_t len_coder;
    DC_BIT(kIsRep + state, b);
    if (b) {
      if (pos == 0) return 1;
      DC_BIT(kIsRepG0 + state, b);
      if (!b) {
        DC_BIT(kIsRep0Long + (state << 4) + pos_state, b);
        if (!b) {
          // A short repeat: one byte at rep0.
          if (rep0 >= pos) return 1;
          state = state < 7 ? 9 : 11;
          out[pos] = out[pos - rep0 - 1];
          pos++;
          continue;
        }
      } else {
        uint32_t dist;
        DC_BIT(kIsRepG1 + state, b);
        if (!b) {
          dist = rep1;
        } else {
          DC_BIT(kIsRepG2 + state, b);
          if (!b) {
            dist = rep2;
          } else {
            dist = rep3;
            rep3 = rep2;
          }
          rep2 = rep1;
        }
        rep1 = rep0;
        rep0 = dist;
      }
      len_coder = kRepLen;
      state = state < 7 ? 8 : 11;
    } else {
      rep3 = rep2;
      rep2 = rep1;
      rep1 = rep0;
      len_coder = kLen;
      state = state < 7 ? 7 : 10;
    }
    // The match's length: 3, 3 or 8 bits after one or two choices (LzmaSpec.cpp, CLenDecoder).
    DC_BIT(len_coder, b);
    if (!b) {
      DC_TREE(len_coder + 2 + (pos_state << 3), 3, len);
    } else {
      DC_BIT(len_coder + 1, b);
      if (!b) {
        DC_TREE(len_coder + 130 + (pos_state << 3), 3, len);
        len += 8;
      } else {
        DC_TREE(len_coder + 258, 8, len);
        len += 16;
      }
    }
    if (len_coder == kLen) {
      // The distance: a 6-bit slot, then its bits (LzmaSpec.cpp, DecodeDistance).
      uint32_t slot;
      DC_TREE(kPosSlot + ((len < 3 ? len : 3) << 6), 6, slot);
      if (slot < 4) {
        rep0 = slot;
      } else {
        const uint32_t bits = (slot >> 1) - 1;
        rep0 = (2 | (slot & 1)) << bits;
        uint32_t reverse_at, reverse_bits;
        if (slot < 14) {
          reverse_at = kSpecPos + rep0 - slot;
          reverse_bits = bits;
        } else {
          // Direct bits (probability one half), then 4 bits through the Align tree.
          uint32_t direct = 0;
          for (uint32_t i = 0; i < bits - 4; i++) {
            range >>= 1;
            b = code >= range;
            if (b) code -= range;
            direct = (direct << 1) | b;
            DC_NORMALIZE()
          }
          rep0 += direct << 4;
          reverse_at = kAlign;
          reverse_bits = 4;
        }
        // A reverse bit tree: its lowest bit first.
        for (uint32_t i = 0, m = 1; i < reverse_bits; i++) {
          DC_BIT(reverse_at + m, b);
          m = (m << 1) | b;
          rep0 += b << i;
        }
        if (rep0 == 0xFFFFFFFF) break;  // the end marker
      }
    }
    len += 2;
    if (rep0 >= pos || len > size - pos) return 1;
    for (; len > 0; len--, pos++) out[pos] = out[pos - rep0 - 1];
  }
  return pos == size && !corrupt ? 0 : 1;
}
