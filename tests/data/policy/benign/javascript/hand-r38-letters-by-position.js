// Rebuilds a word from letter positions.
const pos = { h: [0], e: [1], l: [2, 3], o: [4] };
const letters = [];
for (const [ch, at] of Object.entries(pos)) for (const i of at) letters[i] = ch;
console.log(letters.join(''));
