const words = ['a', 'b', 'a', 'c'];
const counts = {};
for (const w of words) counts[w] = (counts[w] || 0) + 1;
const copy = {};
for (const k of Object.keys(counts)) copy[k] = counts[k];
console.log(copy.a, copy.b, copy.c);
