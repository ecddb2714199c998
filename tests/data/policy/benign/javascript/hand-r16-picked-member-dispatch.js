// An ordinary dispatch through an object literal of one function, with
// asserts: ({ f: path.basename }).f picks path.basename.
'use strict';
const assert = require('assert');
const path = require('path');

const base = ({ f: path.basename }).f('/srv/app/index.js', '.js');
assert.strictEqual(base, 'index');
assert.strictEqual(({ f: Math.max }).f(1, 5, 3), 5);
