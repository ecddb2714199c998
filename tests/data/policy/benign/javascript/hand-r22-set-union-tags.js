// Merges tag sets for the release notes.
const a = new Set(['fix', 'docs']);
const b = new Set(['feat', 'fix']);
const tags = [...a.union(b)].sort();
console.log(tags.join(', '));
