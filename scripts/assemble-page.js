#!/usr/bin/env node
// Assembles dist/ from the wasm module and web/:
//   droitconso.html          ONE self-contained page (HTML, CSS, JS and the wasm inlined), with a
//                            Content-Security-Policy allowing only its own hashed code and WebAssembly
//   csp.txt                  that policy, for servers that send it as a header
//   droitconso.js            the UMD module, for Node (scripts/droitconso, tests) and bundlers
//   droitconso.mjs / .d.ts   the same engine as an ES module, with TypeScript declarations (.d.mts: a
//                            copy, which TypeScript finds for an import of droitconso.mjs)
//   droitconso-element.js    <droit-conso> for host pages (one classic script, module included)
//   droitconso-resize.js     the host-side script that sizes an iframe of the page
//   embed.html               an example host page showing the three ways to embed DroitConso
'use strict';
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');
const zlib = require('zlib');

const root = path.join(__dirname, '..');
const web = (f) => fs.readFileSync(path.join(root, 'web', f), 'utf8');
const moduleJs = fs.readFileSync(path.join(root, 'build/wasm/wasm/droitconso.js'), 'utf8');

// The page's own scripts, in load order: the frame's helpers, the journey registry, every journey
// (web/journeys/*.js, in name order: each registers itself with its place), then the element.
const journeys = fs.readdirSync(path.join(root, 'web', 'journeys')).filter((f) => f.endsWith('.js')).sort().map((f) => 'journeys/' + f);
const elementFiles = ['i18n.js', 'engine.js', 'render.js', 'journeys.js', ...journeys, 'case-file.js', 'next-steps.js', 'letters.js', 'droit-conso.js'];

// Terse CSS: no comments, no needless spaces (our sheets hold no strings where that would matter).
const terseCss = (css) => css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ').replace(/ ?([{};,>]) ?/g, '$1').replace(/: /g, ':').replace(/;}/g, '}').trim();

// The page's scripts are minified by terser when it is installed, to keep the page small.
const { minifyJs } = require('./minify-js');

async function main() {
// One function scope around them all: their shared names stay out of the host page's globals.
const elementJs = await minifyJs(['(() => {', `const DROITCONSO_ELEMENT_CSS = ${JSON.stringify(terseCss(web('droit-conso.css')))};`,
  ...elementFiles.map(web), '})();'].join('\n'), 'assemble-page');
const scripts = [moduleJs, elementJs];
const pageCss = terseCss(web('page.css'));

for (const s of scripts)
  if (/<\/script/i.test(s) || /<!--/.test(s)) throw new Error('an inline script would close or comment out its <script> element');

const sha = (text) => `'sha256-${crypto.createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const csp = [
  "default-src 'none'",
  `script-src ${scripts.map(sha).join(' ')} 'wasm-unsafe-eval'`,
  `style-src ${sha(pageCss)}`,
  "img-src data:",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const html = web('index.html')
  .replace('{{CSP}}', csp)
  .replace('{{STYLE}}', () => `<style>${pageCss}</style>`)
  .replace('{{SCRIPTS}}', () => scripts.map((s) => `<script>${s}</script>`).join('\n'));

// The ES module: the UMD text runs inside a function whose parameters hide the CommonJS and AMD
// names (a UMD file loaded as a module would otherwise export nothing: toolchain pitfall 7), with
// an empty __dirname for Node, where the inlined wasm needs no file.
const mjs = `// DroitConso's engine as an ES module (browsers, Node >= 18, bundlers). Types: droitconso.d.ts.
const createDroitConso = ((require, __dirname, __filename, module, exports, define) => {
${moduleJs}
return createDroitConso;
})(undefined, '', undefined, undefined, undefined, undefined);
export default createDroitConso;
let ready = null;
// The engine, loaded once: ask(request) takes and returns plain objects; answer(text) JSON text.
export function load() {
  if (!ready) ready = createDroitConso().then((m) => ({
    ask: (request) => JSON.parse(m.answer(JSON.stringify(request))),
    answer: (text) => m.answer(String(text)),
  }));
  return ready;
}
`;

// The example host page: its snippets are shown as text and run as they are.
const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const snippet = (name) => web('embed/' + name).trim();
const embedCss = web('embed/embed.css') + web('embed/theme.css');
const moduleDemo = snippet('module-demo.mjs');
const embedCsp = [
  "default-src 'none'",
  `script-src 'self' ${sha(moduleDemo)} 'wasm-unsafe-eval'`,
  `style-src ${sha(embedCss)}`,
  "frame-src 'self'",
  "img-src data:",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
let embed = web('embed/embed.html')
  .replace('{{CSP}}', embedCsp)
  .replace('{{STYLE}}', () => `<style>${embedCss}</style>`)
  .replace('{{MODULE_DEMO}}', () => `<script type="module">${moduleDemo}</script>`);
for (const name of ['iframe.html', 'element.html', 'theme.css', 'module-demo.mjs'])
  embed = embed.replace(`{{SHOW ${name}}}`, () => escapeHtml(snippet(name))).replace(`{{RUN ${name}}}`, () => snippet(name));

const dist = path.join(root, 'dist');
fs.mkdirSync(dist, { recursive: true });
const out = (name, text) => fs.writeFileSync(path.join(dist, name), text);
out('droitconso.html', html);
out('csp.txt', csp + '\n');
out('droitconso.js', moduleJs);
out('droitconso.mjs', mjs);
out('droitconso.d.ts', web('embed/droitconso.d.ts'));
out('droitconso.d.mts', web('embed/droitconso.d.ts'));  // where TypeScript looks for the types of droitconso.mjs
out('droitconso-element.js', `// <droit-conso>: DroitConso as a custom element, wasm included. Needs script-src 'wasm-unsafe-eval'.\n${moduleJs}\n${elementJs}\n`);
out('droitconso-resize.js', web('embed/droitconso-resize.js'));
out('embed.html', embed);

const gz = (text) => (zlib.gzipSync(Buffer.from(text), { level: 9 }).length / 1024).toFixed(1);
console.log(`dist/droitconso.html: ${(html.length / 1024).toFixed(1)} KB, ${gz(html)} KB gzip -9 (wasm module ${gz(moduleJs)}, page scripts and styles ${gz(elementJs + pageCss)})`);
}

main().catch((e) => { console.error(e); process.exit(1); });
