// Minifies JavaScript with terser (a devDependency) when it is installed; without it (no `npm ci`
// yet) the code is used as written, with a warning naming who asked. Used for the page's scripts
// (scripts/assemble-page.js) and the module's emscripten glue (wasm/embed-wasm.js).
'use strict';

async function minifyJs(code, who) {
  let terser;
  try { terser = require('terser'); } catch (e) {
    console.warn(`${who}: terser is not installed (run npm ci): scripts left as written`);
    return code;
  }
  return (await terser.minify(code, { ecma: 2020, compress: { passes: 2 }, mangle: true, format: { comments: false } })).code;
}

module.exports = { minifyJs };
