// Deduplicate words.
const words = new Set('a b a c b'.split(' '));
const it = words.values();
console.log(it.next().value, [...words].join(','));
