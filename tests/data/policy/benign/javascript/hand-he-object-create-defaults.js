// Parse "key=value" option strings into an object whose prototype holds the defaults (Object.create), as a solution might.
'use strict';
const assert = require('node:assert/strict');

const DEFAULTS = { sep: ',', trim: true, limit: Infinity };

function parseOptions(text) {
  const opts = Object.create(DEFAULTS);
  for (const part of text.split(';').map((s) => s.trim()).filter(Boolean)) {
    const [k, v] = part.split('=');
    if (!(k in DEFAULTS)) throw new RangeError(`unknown option ${k}`);
    opts[k] = k === 'limit' ? Number(v) : k === 'trim' ? v === 'true' : v;
  }
  return opts;
}

function splitWords(text, optText = '') {
  const o = parseOptions(optText);
  const parts = text.split(o.sep).map((w) => (o.trim ? w.trim() : w)).filter((w) => w !== '');
  return parts.slice(0, o.limit);
}

assert.deepEqual(splitWords('a, b ,c'), ['a', 'b', 'c']);
assert.deepEqual(splitWords('a| b|c', 'sep=|'), ['a', 'b', 'c']);
assert.deepEqual(splitWords('a, b', 'trim=false'), ['a', ' b']);
assert.deepEqual(splitWords('1,2,3,4', 'limit=2'), ['1', '2']);
assert.throws(() => splitWords('x', 'color=red'), RangeError);
assert.equal(Object.getPrototypeOf(parseOptions('')), DEFAULTS);
console.log('ok');
