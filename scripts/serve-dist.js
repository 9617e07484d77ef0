#!/usr/bin/env node
// Serves the built page (dist/droitconso.html) on 127.0.0.1 only, with its Content-Security-Policy
// also sent as a header. PORT chooses the port (default 8080; the next free one if taken).
'use strict';
const http = require('http');
const fs = require('fs');
const path = require('path');

const dist = path.join(__dirname, '..', 'dist');
const csp = fs.readFileSync(path.join(dist, 'csp.txt'), 'utf8').trim();
const files = { '/': 'droitconso.html', '/droitconso.html': 'droitconso.html' };

const server = http.createServer((req, res) => {
  const name = files[req.url.split('?')[0]];
  if (!name || (req.method !== 'GET' && req.method !== 'HEAD')) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Not found\n');
    return;
  }
  res.writeHead(200, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Security-Policy': csp,
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-cache',
  });
  fs.createReadStream(path.join(dist, name)).pipe(res);
});

let port = Number(process.env.PORT || 8080);
server.on('error', (e) => {
  if (e.code === 'EADDRINUSE' && !process.env.PORT && port < 8100) server.listen(++port, '127.0.0.1');
  else { console.error(`serve: ${e.message}`); process.exit(1); }
});
server.on('listening', () => console.log(`DroitConso is served at http://127.0.0.1:${port}/  (Ctrl+C to stop)`));
server.listen(port, '127.0.0.1');
