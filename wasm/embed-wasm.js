#!/usr/bin/env node
// Writes the single-file module: the linked JS glue with the wasm inlined as a JS string of one
// character per byte (U+0000 to U+00FF), decoded by pre.js into Module.wasmBinary.
// Why not emscripten's SINGLE_FILE: base64 hides the byte patterns from gzip. Measured on the
// foundation's module, the inlined wasm cost 36.3 KB gzip -9 in base64 and 29.2 KB this way
// (the raw wasm alone: 27.5 KB). See README-perf.md.
// Usage: embed-wasm.js GLUE.js GLUE.wasm OUT.js
'use strict';
const fs = require('fs');
const path = require('path');

const PLACEHOLDER = /(["'])DROITCONSO_WASM_BYTES\1/;

// A double-quoted JS string literal holding the bytes, safe inside an HTML <script> element:
// NUL (the HTML parser would turn it into U+FFFD), CR (it would become LF), '\', '"', LF are
// escaped, and so is '<' before '/' or '!' (no "</script" nor "<!--" can appear).
// NUL, the wasm's most frequent byte (2 characters escaped), is written as '^' (one of its rarest,
// one character) and '^' as NUL: 1.8 KB gzip less; pre.js swaps them back.
const CARET = 0x5e;
const swapped = (b) => (b === 0 ? CARET : b === CARET ? 0 : b);

function byteString(bytes) {
  const parts = [];
  for (let i = 0; i < bytes.length; i++) {
    const c = swapped(bytes[i]), next = i + 1 < bytes.length ? swapped(bytes[i + 1]) : undefined;
    if (c === 0) parts.push(next >= 0x30 && next <= 0x39 ? '\\x00' : '\\0');
    else if (c === 0x5c) parts.push('\\\\');
    else if (c === 0x22) parts.push('\\"');
    else if (c === 0x0a) parts.push('\\n');
    else if (c === 0x0d) parts.push('\\r');
    else if (c === 0x3c && (next === 0x2f || next === 0x21)) parts.push('\\x3c');
    else parts.push(String.fromCharCode(c));
  }
  return '"' + parts.join('') + '"';
}

function main() {
  const [gluePath, wasmPath, outPath] = process.argv.slice(2);
  if (!outPath) throw new Error('usage: embed-wasm.js GLUE.js GLUE.wasm OUT.js');
  const glue = fs.readFileSync(gluePath, 'utf8');
  const wasm = fs.readFileSync(wasmPath);
  const found = glue.match(new RegExp(PLACEHOLDER.source, 'g')) || [];
  if (found.length !== 1) throw new Error(`${gluePath}: expected the placeholder of pre.js once, found it ${found.length} times`);
  const out = glue.replace(PLACEHOLDER, () => byteString(wasm));
  fs.writeFileSync(outPath, out);

  // Self-check: the module loads in Node and answers (a minifier that folded the placeholder
  // string, or a bad escape, fails the build here rather than in the page).
  const create = require(path.resolve(outPath));
  return create().then((mod) => {
    const result = JSON.parse(mod.answer('{"question":"about"}'));
    if (!result.ok) throw new Error(`${outPath}: the embedded module does not answer`);
  });
}

Promise.resolve().then(main).catch((e) => {
  process.stderr.write(`embed-wasm: ${e && e.message ? e.message : e}\n`);
  process.exitCode = 1;
});
