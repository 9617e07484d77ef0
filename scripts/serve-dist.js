#!/usr/bin/env node
// Serves the built page (dist/droitconso.html), dist/embed.html and the files it loads, on 127.0.0.1 only, with its Content-Security-Policy
// also sent as a header. PORT chooses the port (default 8080; the next free one if taken).
'use strict';
const http = require('http');
const fs = require('fs');
const path = require('path');

const dist = path.join(__dirname, '..', 'dist');
const csp = fs.readFileSync(path.join(dist, 'csp.txt'), 'utf8').trim();
// Only these files, each with its type: the page, the embedding example and what it loads.
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.ts': 'text/plain; charset=utf-8', '.mts': 'text/plain; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8' };
const files = { '/': 'droitconso.html' };
for (const name of ['droitconso.html', 'embed.html', 'droitconso.js', 'droitconso.mjs', 'droitconso-element.js',
  'droitconso-resize.js', 'droitconso.d.ts', 'droitconso.d.mts', 'csp.txt']) files['/' + name] = name;

const server = http.createServer((req, res) => {
  const name = files[req.url.split('?')[0]];
  if (!name || !fs.existsSync(path.join(dist, name)) || (req.method !== 'GET' && req.method !== 'HEAD')) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Not found\n');
    return;
  }
  const headers = {
    'Content-Type': TYPES[path.extname(name)],
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-cache',
  };
  // The page's own policy as a header too; embed.html carries its own in a meta element.
  if (name === 'droitconso.html') headers['Content-Security-Policy'] = csp;
  res.writeHead(200, headers);
  if (req.method === 'HEAD') { res.end(); return; }
  fs.createReadStream(path.join(dist, name)).pipe(res);
});

let port = Number(process.env.PORT || 8080);
server.on('error', (e) => {
  if (e.code === 'EADDRINUSE' && !process.env.PORT && port < 8100) server.listen(++port, '127.0.0.1');
  else { console.error(`serve: ${e.message}`); process.exit(1); }
});
server.on('listening', () => console.log(`DroitConso is served at http://127.0.0.1:${port}/  (Ctrl+C to stop)`));
server.listen(port, '127.0.0.1');
