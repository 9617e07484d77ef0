// Shadows the global fetch inside the module factory: the module must never fetch anything (a
// strict Content-Security-Policy would report it as a violation; toolchain.md, pitfall 9).
/** @suppress {duplicate} */ var fetch;

// The wasm itself, one character per byte, written in place of the placeholder by
// wasm/embed-wasm.js after the link (gzip compresses it far better than base64: README-perf.md).
// NUL and '^' (94) are swapped there (NUL would take two characters). A plain loop (4 times faster
// than Uint8Array.from with a function); @noinline keeps Closure from folding the placeholder's
// length into it.
/** @noinline */
function droitconsoBytes(text) {
  var bytes = new Uint8Array(text.length);
  for (var i = 0; i < text.length; i++) {
    var c = text.charCodeAt(i);
    bytes[i] = c == 94 ? 0 : c == 0 ? 94 : c;
  }
  return bytes;
}
Module['wasmBinary'] = droitconsoBytes("DROITCONSO_WASM_BYTES");
