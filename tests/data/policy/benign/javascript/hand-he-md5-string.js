// string_to_md5(text): the md5 hex digest of text, or null for the empty string; plus a hex round trip.
'use strict';
const assert = require('node:assert/strict');
const { createHash } = require('node:crypto');

function stringToMd5(text) {
  if (text === '') return null;
  return createHash('md5').update(text, 'utf8').digest('hex');
}

function hexToBytes(hex) {
  return Uint8Array.from(hex.match(/../g) ?? [], (h) => parseInt(h, 16));
}

assert.equal(stringToMd5('Hello world'), '3e25960a79dbc69b674cd4ec67a72c62');
assert.equal(stringToMd5(''), null);
assert.equal(stringToMd5('A B C'), '0ef78513b0cb8cef12743f5aeb35f888');
assert.equal(stringToMd5('password'), '5f4dcc3b5aa765d61d8327deb882cf99');
assert.equal(hexToBytes(stringToMd5('Hello world')).length, 16);
assert.equal(Buffer.from(hexToBytes('48656c6c6f')).toString(), 'Hello');
console.log('string_to_md5 ok');
