// Group words by their sorted letters using a Proxy-based default dictionary.
'use strict';
const assert = require('node:assert/strict');

function defaultDict(factory) {
  return new Proxy(
    {},
    {
      get(target, key, receiver) {
        if (typeof key === 'string' && !(key in target)) target[key] = factory();
        return Reflect.get(target, key, receiver);
      },
    },
  );
}

function groupAnagrams(words) {
  const groups = defaultDict(() => []);
  for (const w of words) groups[[...w].sort().join('')].push(w);
  return Object.values(groups).map((g) => g.sort()).sort((a, b) => b.length - a.length || a[0].localeCompare(b[0]));
}

function charCounts(text) {
  const counts = defaultDict(() => 0);
  for (const ch of text.toLowerCase()) if (/\p{L}/u.test(ch)) counts[ch] += 1;
  return { ...counts };
}

assert.deepEqual(groupAnagrams(['eat', 'tea', 'tan', 'ate', 'nat', 'bat']), [['ate', 'eat', 'tea'], ['nat', 'tan'], ['bat']]);
assert.deepEqual(groupAnagrams([]), []);
assert.deepEqual(charCounts('Hello, Wörld'), { h: 1, e: 1, l: 3, o: 1, w: 1, ö: 1, r: 1, d: 1 });
console.log('ok');
