#!/usr/bin/env node
// Assembles dist/droitconso.html: ONE self-contained file (HTML, CSS, JS and the wasm inlined),
// with a Content-Security-Policy that allows only its own hashed inline code and WebAssembly.
// Also copies the module to dist/droitconso.js for Node (scripts/droitconso, tests).
'use strict';
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');
const zlib = require('zlib');

const root = path.join(__dirname, '..');
const web = (f) => fs.readFileSync(path.join(root, 'web', f), 'utf8');
const moduleJs = fs.readFileSync(path.join(root, 'build/wasm/wasm/droitconso.js'), 'utf8');

// The page's scripts, in load order: the wasm module, then the small modules of web/.
const pageScripts = ['i18n.js', 'engine.js', 'render.js', 'droit-conso.js'];
const elementCss = web('droit-conso.css');
const scripts = [
  moduleJs,
  `var DROITCONSO_ELEMENT_CSS = ${JSON.stringify(elementCss)};`,
  ...pageScripts.map(web),
];
const pageCss = web('page.css');

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

const dist = path.join(root, 'dist');
fs.mkdirSync(dist, { recursive: true });
fs.writeFileSync(path.join(dist, 'droitconso.html'), html);
fs.writeFileSync(path.join(dist, 'droitconso.js'), moduleJs);
fs.writeFileSync(path.join(dist, 'csp.txt'), csp + '\n');

const gz = zlib.gzipSync(Buffer.from(html), { level: 9 }).length;
console.log(`dist/droitconso.html: ${(html.length / 1024).toFixed(1)} KB, ${(gz / 1024).toFixed(1)} KB gzip -9`);
