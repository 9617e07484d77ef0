#!/usr/bin/env node
// Writes the single-file module: the linked JS glue with the wasm inlined, compressed by xz's
// LZMA (`xz --format=lzma`, Debian's xz-utils) and written in base64, with the LZMA decoder
// (lzma-decoder.wasm, built from lzma_decoder.cpp) beside it; pre.js unpacks it into
// Module.wasmBinary.
// Why: on the page's wasm (398,825 bytes) gzip -9 gives 152.9 KB and LZMA 124.8 KB, and base64
// costs nothing once the page is gzipped (its 64 letters take 6 bits each), where the one
// character per byte used before cost 6 KB more than the wasm's own gzip; the raw module is 45 %
// of that string's size (README, Performance).
// Usage: embed-wasm.js GLUE.js GLUE.wasm DECODER.wasm OUT.js
'use strict';
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
const { minifyJs } = require('../scripts/minify-js');

const PLACEHOLDERS = { wasm: 'DROITCONSO_WASM_BYTES', decoder: 'DROITCONSO_LZMA_DECODER' };
const quoted = (name) => new RegExp(`(["'])${name}\\1`, 'g');

// lc=3 lp=0 pb=0: the wasm is a stream of bytes with no 2- or 4-byte alignment (0.2 % smaller
// than xz's defaults). xz leaves the output length unknown in the header (bytes 5 to 12); it is
// written there, since the decoder stops at it.
function compress(bytes, options = 'preset=9e,lc=3,lp=0,pb=0') {
  if (bytes.length > 0xffffffff) throw new Error('more than 4 GB to compress');
  const lzma = execFileSync('xz', ['--format=lzma', `--lzma1=${options}`, '--stdout'],
    { input: bytes, maxBuffer: 64 << 20 });
  lzma.fill(0, 5, 13);
  lzma.writeUInt32LE(bytes.length, 5);
  return lzma;
}

// A wasm's sections, in file order: { id, bytes } (bytes: the section's contents, without its id
// and size). Also read by bench/page-parts.js.
function wasmSections(wasm) {
  const out = [];
  for (let at = 8; at < wasm.length;) {
    const id = wasm[at++];
    let size = 0;
    for (let shift = 0; ; shift += 7) {
      const b = wasm[at++];
      size += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) break;
    }
    out.push({ id, bytes: wasm.subarray(at, at + size) });
    at += size;
  }
  return out;
}

// The decoder's wasm must hold no data (pre.js puts the input right after its 4 KB stack, where
// data would lie) and stay within 4 KB, the most that older Chromium versions compiled synchronously
// on the main thread (Chromium 156, tried here, allows 8 MB).
function checkDecoder(bytes) {
  if (bytes.length > 4096) throw new Error(`the LZMA decoder is ${bytes.length} bytes: over 4096, pre.js could not compile it on the main thread in older browsers`);
  if (wasmSections(bytes).some((s) => s.id === 11 || s.id === 12))
    throw new Error('the LZMA decoder holds data: pre.js would write its input over it');
}

// pre.js's placeholders (in pre.js itself, or in the glue that holds it) filled with the decoder
// and the compressed wasm, in base64.
const filled = (source, decoder, lzma) => source
  .replace(quoted(PLACEHOLDERS.decoder), () => `"${decoder.toString('base64')}"`)
  .replace(quoted(PLACEHOLDERS.wasm), () => `"${lzma.toString('base64')}"`);

// Runs pre.js as the module does, with the given decoder and stream: what it unpacks into
// Module.wasmBinary (or what it throws). Used by the build's self-check and the Node tests.
function unpack(decoder, lzma) {
  const source = filled(fs.readFileSync(path.join(__dirname, 'pre.js'), 'utf8'), decoder, lzma);
  const Module = {};
  new Function('Module', source)(Module);
  return Module.wasmBinary;
}

async function main() {
  const [gluePath, wasmPath, decoderPath, outPath] = process.argv.slice(2);
  if (!outPath) throw new Error('usage: embed-wasm.js GLUE.js GLUE.wasm DECODER.wasm OUT.js');
  // emscripten's glue, minified by terser (emcc only strips its white space without Closure):
  // 10.5 -> 6.8 KB gzip, more than Closure gave (README, Performance).
  const glue = await minifyJs(fs.readFileSync(gluePath, 'utf8'), 'embed-wasm');
  const wasm = fs.readFileSync(wasmPath);
  const decoder = fs.readFileSync(decoderPath);
  checkDecoder(decoder);
  for (const name of Object.values(PLACEHOLDERS)) {
    const found = (glue.match(quoted(name)) || []).length;
    if (found !== 1) throw new Error(`${gluePath}: expected the placeholder ${name} of pre.js once, found it ${found} times`);
  }
  const lzma = compress(wasm);
  // pre.js gives back the very bytes, or the build stops here.
  if (Buffer.compare(Buffer.from(unpack(decoder, lzma)), wasm) !== 0) throw new Error('pre.js does not unpack the wasm it was given');
  fs.writeFileSync(outPath, filled(glue, decoder, lzma));

  // Self-check: the module loads in Node and answers (a minifier that folded a placeholder
  // string fails the build here rather than in the page).
  const create = require(path.resolve(outPath));
  return create().then((mod) => {
    const result = JSON.parse(mod.answer('{"question":"about"}'));
    if (!result.ok) throw new Error(`${outPath}: the embedded module does not answer`);
  });
}

if (require.main === module) {
  Promise.resolve().then(main).catch((e) => {
    process.stderr.write(`embed-wasm: ${e && e.message ? e.message : e}\n`);
    process.exitCode = 1;
  });
} else {
  module.exports = { compress, unpack, wasmSections };
}
