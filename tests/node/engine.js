// Loads the built WebAssembly module (dist/droitconso.js, the same one the page inlines) for Node
// tests, and reads the spec's CSV vectors.
'use strict';
const fs = require('fs');
const path = require('path');

const ROOT = path.join(__dirname, '..', '..');
let enginePromise = null;

function engine() {
  if (!enginePromise) {
    // DROITCONSO_MODULE: another build of the module (a worktree's own), else the built dist/ one.
    const create = require(process.env.DROITCONSO_MODULE || path.join(ROOT, 'dist', 'droitconso.js'));
    enginePromise = create().then((mod) => ({
      raw: (text) => mod.answer(text),
      ask: (request) => JSON.parse(mod.answer(JSON.stringify(request))),
      // The bulk check: csv is a string or the file's bytes (a Uint8Array): README, Bulk check of orders.
      bulk: (request, csv) => JSON.parse(mod.bulk(JSON.stringify(request), csv)),
    }));
  }
  return enginePromise;
}

function splitCsvLine(line) {
  const out = [];
  let cell = '', quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') { cell += '"'; i++; }
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { out.push(cell); cell = ''; }
    else if (c !== '\r') cell += c;
  }
  out.push(cell);
  return out;
}

function readVectors(name) {
  const lines = fs.readFileSync(path.join(ROOT, 'tests', 'vectors', name), 'utf8').split('\n').filter((l) => l.trim());
  const header = splitCsvLine(lines[0]);
  return lines.slice(1).map((l) => {
    const cells = splitCsvLine(l);
    return Object.fromEntries(header.map((h, i) => [h, cells[i] ?? '']));
  });
}

module.exports = { engine, readVectors, ROOT };
