// The module's wasm is inlined compressed by xz's LZMA and unpacked by wasm/pre.js with the decoder
// of wasm/lzma_decoder.cpp (wasm/embed-wasm.js). These tests run pre.js as the module does on
// streams that reach every part of the decoder, and on broken ones, which must be refused whole.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const { ROOT } = require('./engine');
const { compress, unpack } = require(path.join(ROOT, 'wasm', 'embed-wasm.js'));

const BUILD = path.join(ROOT, 'build', 'wasm', 'wasm');
const decoder = fs.readFileSync(path.join(BUILD, 'lzma-decoder.wasm'));
const REFUSED = /the inlined wasm does not decode/;

// A repeatable stream of pseudo-random bytes (xorshift32): no test depends on Math.random.
function randomBytes(n, seed) {
  const out = Buffer.alloc(n);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < n; i++) {
    x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0;
    out[i] = x & 0xff;
  }
  return out;
}

const roundTrip = (bytes, options) => {
  const back = unpack(decoder, compress(bytes, options));
  assert.equal(back.length, bytes.length);
  assert.ok(Buffer.from(back.buffer, back.byteOffset, back.length).equals(bytes), 'the very bytes come back');
};

test('the page module inlines the decoder built here, and the very wasm the link wrote', () => {
  const moduleJs = fs.readFileSync(path.join(ROOT, 'dist', 'droitconso.js'), 'utf8');
  assert.ok(moduleJs.includes(`"${decoder.toString('base64')}"`), 'the decoder, in base64, is in dist/droitconso.js');
  // The packed wasm: the one long base64 string (the glue is minified: no names to look for).
  const found = moduleJs.match(/"[A-Za-z0-9+/=]{20000,}"/g);
  assert.equal(found && found.length, 1);
  const wasm = fs.readFileSync(path.join(BUILD, 'droitconso-glue.wasm'));
  const packed = Buffer.from(found[0].slice(1, -1), 'base64');
  assert.ok(packed.length < wasm.length * 0.4, `LZMA keeps ${packed.length} of ${wasm.length} bytes`);
  assert.ok(Buffer.from(unpack(decoder, packed)).equals(wasm));
});

test('literals, short and long matches, repeats, near and far distances', () => {
  roundTrip(Buffer.alloc(0));
  roundTrip(Buffer.from('a'));
  roundTrip(Buffer.from('Le délai de rétractation expire le mercredi 28 janvier 2026. '.repeat(500)));
  roundTrip(randomBytes(70000, 7));                      // literals only: nothing repeats
  roundTrip(Buffer.alloc(300000, 0x2a));                 // the longest matches, one after another
  // The same random block 200 KB apart: distances past the spec's direct-bits slots (>= 14).
  const block = randomBytes(5000, 11);
  roundTrip(Buffer.concat([block, randomBytes(200000, 12), block, block.subarray(100, 900)]));
  // Short text pieces repeated in a shuffled order: every repeat distance (rep0 to rep3), short
  // repeats (one byte) and matched literals after a match.
  const words = ['retour', 'remboursement', 'L221-18', 'L221-24', ' ', ', ', '14', '30'];
  const picks = randomBytes(40000, 5);
  roundTrip(Buffer.from(Array.from(picks, (b) => words[b % words.length]).join('')));
});

test('every literal context and position setting the header can name', () => {
  const text = Buffer.concat([fs.readFileSync(path.join(BUILD, 'lzma-decoder.wasm')), randomBytes(3000, 3),
    Buffer.from('Article L217-3 du code de la consommation. '.repeat(40))]);
  for (const options of ['lc=0,lp=0,pb=0', 'lc=3,lp=0,pb=2', 'lc=4,lp=0,pb=4', 'lc=0,lp=4,pb=0', 'lc=1,lp=3,pb=1',
    'preset=0', 'preset=9e,lc=3,lp=0,pb=0'])
    roundTrip(text, options);
});

test('a broken stream is refused, never half unpacked', () => {
  const bytes = Buffer.from('Mise en demeure de rembourser sous 14 jours. '.repeat(200));
  const good = compress(bytes);
  const broken = (edit) => { const b = Buffer.from(good); edit(b); return b; };
  // Cut short: the decoder runs out of input before the bytes the header promises.
  assert.throws(() => unpack(decoder, good.subarray(0, good.length - 20)), REFUSED);
  assert.throws(() => unpack(decoder, good.subarray(0, 15)), REFUSED);
  // The same on a longer stream, and a header promising more than it holds.
  const long = compress(randomBytes(150000, 21));
  assert.throws(() => unpack(decoder, long.subarray(0, long.length - 1000)), REFUSED);
  const longer = Buffer.from(long);
  longer.writeUInt32LE(150000 + 40000, 5);
  assert.throws(() => unpack(decoder, longer), REFUSED);
  // A header naming more bytes than the stream holds: its end marker comes first.
  assert.throws(() => unpack(decoder, broken((b) => b.writeUInt32LE(bytes.length + 1, 5))), REFUSED);
  // Properties past lc = 8, lp = 4, pb = 4; a range coder whose first byte is not 0.
  assert.throws(() => unpack(decoder, broken((b) => { b[0] = 225; })), REFUSED);
  assert.throws(() => unpack(decoder, broken((b) => { b[13] = 1; })), REFUSED);
});

test('flipped bits: refused or unpacked to the promised length, never a trap', () => {
  const bytes = Buffer.from('Remboursement de 129,90 euros, frais de livraison compris. '.repeat(100));
  const good = compress(bytes);
  const flips = randomBytes(600, 99);
  let refused = 0;
  for (let i = 0; i < flips.length; i += 2) {
    const b = Buffer.from(good);
    const at = 14 + ((flips[i] << 8 | flips[i + 1]) % (b.length - 14));
    b[at] ^= 1 << (flips[i + 1] & 7);
    try {
      assert.equal(unpack(decoder, b).length, bytes.length);
    } catch (e) {
      assert.match(String(e && e.message), REFUSED);
      refused++;
    }
  }
  assert.ok(refused > 0, 'some flips are caught');
});
