// HumanEval 38: encode_cyclic / decode_cyclic — cycle groups of three characters.
function encodeCyclic(s) {
  const groups = [];
  for (let i = 0; i < s.length; i += 3) groups.push(s.slice(i, i + 3));
  return groups.map((g) => (g.length === 3 ? g.slice(1) + g[0] : g)).join('');
}

function decodeCyclic(s) {
  return encodeCyclic(encodeCyclic(s));
}

const assert = require('assert');
const samples = ['abc', 'abcdef', 'abcd', '', 'hello world', 'x'];
for (const s of samples) {
  assert.strictEqual(decodeCyclic(encodeCyclic(s)), s);
}
assert.strictEqual(encodeCyclic('abcdef'), 'bcaefd');
let seed = 7;
const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
for (let t = 0; t < 100; t++) {
  const len = 10 + (rand() % 11);
  const str = Array.from({ length: len }, () => String.fromCharCode(97 + (rand() % 26))).join('');
  assert.strictEqual(decodeCyclic(encodeCyclic(str)), str);
}
console.log('ok');
