// Shadows the global fetch inside the module factory: the module must never fetch anything (a
// strict Content-Security-Policy would report it as a violation; toolchain.md, pitfall 9).
/** @suppress {duplicate} */ var fetch;

// The wasm itself, compressed by xz's LZMA, and the decoder that unpacks it (lzma_decoder.cpp,
// a wasm of 3.7 KB), both in base64 in place of the placeholders, written by wasm/embed-wasm.js
// after the link. @noinline keeps Closure from folding the placeholders into the code.
/** @noinline */
function droitconsoBase64(text) {
  if (Uint8Array.fromBase64) return Uint8Array.fromBase64(text);
  var chars = atob(text), bytes = new Uint8Array(chars.length);
  for (var i = 0; i < chars.length; i++) bytes[i] = chars.charCodeAt(i);
  return bytes;
}
/** @noinline */
function droitconsoWasm(decoder, packed) {
  var input = droitconsoBase64(packed);
  // The header's output length (bytes 5 to 8: embed-wasm.js writes it) and lc + lp (byte 0).
  var size = (input[5] | (input[6] << 8) | (input[7] << 16) | (input[8] << 24)) >>> 0;
  var literalBits = (input[0] % 9) + (((input[0] / 9) | 0) % 5);
  // The decoder's memory: its stack (4 KB), the input, the output, the model's probabilities.
  var inAt = 4096, outAt = inAt + ((input.length + 7) & ~7), probsAt = outAt + ((size + 7) & ~7);
  var end = probsAt + 2 * (1847 + (0x300 << literalBits));
  var memory = new WebAssembly.Memory({ initial: Math.ceil(end / 65536) });
  var lzma = new WebAssembly.Instance(new WebAssembly.Module(droitconsoBase64(decoder)), { env: { memory: memory } });
  new Uint8Array(memory.buffer).set(input, inAt);
  if (lzma.exports.lzma_decode(inAt, input.length, outAt, size, probsAt) !== 0)
    throw new Error('DroitConso: the inlined wasm does not decode');
  return new Uint8Array(memory.buffer, outAt, size);
}
Module['wasmBinary'] = droitconsoWasm("DROITCONSO_LZMA_DECODER", "DROITCONSO_WASM_BYTES");
