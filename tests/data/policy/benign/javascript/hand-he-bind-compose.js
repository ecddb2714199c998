// HumanEval 29 / 7 / 22: filter helpers built with Function.prototype.bind / call, and typeof dispatch; tests.
'use strict';
const assert = require('node:assert/strict');

const startsWith = Function.prototype.call.bind(String.prototype.startsWith);
const includes = Function.prototype.call.bind(String.prototype.includes);
const hasOwn = Function.prototype.call.bind(Object.prototype.hasOwnProperty);

function filterByPrefix(strings, prefix) {
  return strings.filter((s) => startsWith(s, prefix));
}

function filterBySubstring(strings, sub) {
  return strings.filter((s) => includes(s, sub));
}

const checks = {
  number: (v) => Number.isInteger(v),
  object: () => false,
  string: () => false,
};

function filterIntegers(values) {
  return values.filter((v) => (hasOwn(checks, typeof v) ? checks[typeof v](v) : false));
}

const pipe = (...fns) => (x) => fns.reduce((acc, f) => f(acc), x);
const onlyAbc = pipe((xs) => filterByPrefix(xs, 'a'), (xs) => filterBySubstring(xs, 'c'));

assert.deepEqual(filterByPrefix([], 'john'), []);
assert.deepEqual(filterByPrefix(['xxx', 'asd', 'xxy', 'john doe', 'xxxAAA', 'xxx'], 'xxx'), ['xxx', 'xxxAAA', 'xxx']);
assert.deepEqual(filterBySubstring(['grunt', 'trumpet', 'prune', 'gruesome'], 'run'), ['grunt', 'prune']);
assert.deepEqual(filterIntegers([4, {}, [], 23.2, 9, 'adasd']), [4, 9]);
assert.deepEqual(filterIntegers([3, 'c', 3, 3, 'a', 'b']), [3, 3, 3]);
assert.deepEqual(onlyAbc(['abc', 'acd', 'bcd', 'ab']), ['abc', 'acd']);
console.log('ok');
