// bench/page-parts.js: where the page's bytes are (scripts/bench prints it beside the page's size).
// The cut must be a partition of the page, find the packed wasm and its decoder, and size the very
// sections the link wrote: a change to how the page is assembled must not silently skew the figures.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const { ROOT } = require('./engine');
const { pageParts, splitPage } = require(path.join(ROOT, 'bench', 'page-parts.js'));
const { wasmSections } = require(path.join(ROOT, 'wasm', 'embed-wasm.js'));

const kinds = (pieces) => pieces.map((p) => p.kind);

test('a page is cut into markup, styles, scripts and the module\'s glue, decoder and packed wasm', () => {
  const decoder = 'AGFzbQ' + 'A'.repeat(1200);
  const packed = 'XQAAgA' + 'B'.repeat(1500) + '==';
  const html = `<!doctype html><style>a{b:c}</style><p>x</p><script>var createDroitConso=f("${decoder}","${packed}");g()</script>` +
    '<script>customElements.define("droit-conso",E)</script></html>';
  const pieces = splitPage(html);
  assert.equal(pieces.map((p) => p.text).join(''), html, 'the pieces, end to end, are the page');
  assert.deepEqual(kinds(pieces), ['markup', 'styles', 'markup', 'glue', 'decoder', 'glue', 'wasm', 'glue', 'markup', 'scripts', 'markup']);
  assert.equal(pieces.find((p) => p.kind === 'decoder').text, decoder);
  assert.equal(pieces.find((p) => p.kind === 'wasm').text, packed);
});

test('the built page: a partition, and the sections of the wasm the link wrote', () => {
  const html = fs.readFileSync(path.join(ROOT, 'dist', 'droitconso.html'), 'utf8');
  const { pieces, parts, wasmRaw } = pageParts(html);
  assert.equal(pieces.map((p) => p.text).join(''), html);
  assert.equal(kinds(pieces).filter((k) => k === 'decoder').length, 1);
  assert.equal(kinds(pieces).filter((k) => k === 'wasm').length, 1);
  const linked = fs.readFileSync(path.join(ROOT, 'build', 'wasm', 'wasm', 'droitconso-glue.wasm'));
  assert.equal(wasmRaw, linked.length, 'the page holds the wasm the link wrote');
  const code = wasmSections(linked).find((s) => s.id === 10);
  assert.equal(parts.find((p) => p.name.startsWith('wasm code')).raw, code.bytes.length);
  const wasmParts = parts.filter((p) => p.name.startsWith('wasm'));
  const sectionBytes = wasmParts.reduce((sum, p) => sum + p.raw, 0);
  assert.ok(sectionBytes < linked.length && sectionBytes > linked.length - 64, 'the sections are the whole wasm but their headers');
  for (const p of parts) assert.ok(p.compressed > 0 && p.raw > 0, p.name);
});
