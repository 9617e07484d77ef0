// Where the page's bytes are: dist/droitconso.html cut into its parts (markup, styles, the page's
// scripts, emscripten's glue, the LZMA decoder, the packed wasm), the wasm cut into its sections,
// each part sized compressed alone as the page compresses it (text by gzip -9, the wasm's sections
// by the LZMA of wasm/embed-wasm.js). scripts/bench prints it beside the page's size, so that what a
// size goal would cost is measured, not guessed (README, Performance).
'use strict';
const zlib = require('zlib');
const path = require('path');
const { compress, unpack, wasmSections } = require(path.join(__dirname, '..', 'wasm', 'embed-wasm.js'));

const CODE = 10, DATA = 11;  // the wasm's section ids

// The raw page cut into named pieces of text that, put end to end, are the page again (a partition:
// the tests check it). Scripts and styles are cut at their elements; in the module's script, the two
// base64 strings pre.js holds (the decoder: a wasm, "AGFzbQ"; the packed wasm: the other long one).
function splitPage(html) {
  const pieces = [];
  const add = (kind, text) => {
    const last = pieces[pieces.length - 1];
    if (last && last.kind === kind) last.text += text;
    else if (text) pieces.push({ kind, text });
  };
  const element = /<(script|style)>([\s\S]*?)<\/\1>/g;
  let at = 0;
  for (let m; (m = element.exec(html));) {
    const open = m[1].length + 2;
    add('markup', html.slice(at, m.index + open));
    if (m[1] === 'style') add('styles', m[2]);
    else if (/\bcreateDroitConso\s*=/.test(m[2].slice(0, 200))) splitModule(m[2], add);
    else add('scripts', m[2]);
    add('markup', html.slice(m.index + open + m[2].length, element.lastIndex));
    at = element.lastIndex;
  }
  add('markup', html.slice(at));
  return pieces;
}

function splitModule(js, add) {
  const packed = /"([A-Za-z0-9+/]{1000,}={0,2})"/g;
  let at = 0;
  for (let m; (m = packed.exec(js));) {
    add('glue', js.slice(at, m.index + 1));
    add(m[1].startsWith('AGFzbQ') ? 'decoder' : 'wasm', m[1]);
    at = packed.lastIndex - 1;
  }
  add('glue', js.slice(at));
}

const gzip = (text) => zlib.gzipSync(Buffer.from(text, 'utf8'), { level: 9 }).length;

// The parts of the page with their sizes: raw bytes, and compressed alone as the page has them.
function pageParts(html) {
  const pieces = splitPage(html);
  const joined = (kind) => pieces.filter((p) => p.kind === kind).map((p) => p.text).join('');
  const decoder = Buffer.from(joined('decoder'), 'base64');
  const packed = Buffer.from(joined('wasm'), 'base64');
  const wasm = Buffer.from(unpack(decoder, packed));
  // The code and the data sections by themselves; the other sections (types, imports, exports...) together.
  const sections = wasmSections(wasm);
  const section = (name, keep) => {
    const bytes = Buffer.concat(sections.filter((s) => keep(s.id)).map((s) => s.bytes));
    return { name, raw: bytes.length, compressed: compress(bytes).length };
  };
  const wasmParts = [
    section('wasm code section (the compiled core)', (id) => id === CODE),
    section('wasm data section (texts, tables)', (id) => id === DATA),
    section('wasm, its other sections', (id) => id !== CODE && id !== DATA),
  ];
  const text = (name, kind) => ({ name, raw: Buffer.byteLength(joined(kind)), compressed: gzip(joined(kind)) });
  return {
    pieces,
    wasmRaw: wasm.length,
    parts: [...wasmParts, text("the page's scripts (and the element's styles)", 'scripts'), text("emscripten's glue", 'glue'),
      { name: 'LZMA decoder (wasm)', raw: decoder.length, compressed: gzip(joined('decoder')) },
      text('styles', 'styles'), text('markup', 'markup')],
  };
}

module.exports = { pageParts, splitPage };
