// Ordinary HumanEval-style solution (parse_music): maps note tokens to beats through
// a Map built from entries, rejecting unknown tokens with an exception.
const BEATS = new Map(Object.entries({ o: 4, 'o|': 2, '.|': 1 }));

function parseMusic(music) {
  return music
    .split(' ')
    .filter(Boolean)
    .map((tok) => {
      if (!BEATS.has(tok)) throw new SyntaxError(`unknown note ${tok}`);
      return BEATS.get(tok);
    });
}

const assert = require('assert');
assert.deepStrictEqual(parseMusic(''), []);
assert.deepStrictEqual(parseMusic('o o o o'), [4, 4, 4, 4]);
assert.deepStrictEqual(parseMusic('.| .| .| .|'), [1, 1, 1, 1]);
assert.deepStrictEqual(parseMusic('o| o| .| .| o o o o'), [2, 2, 1, 1, 4, 4, 4, 4]);
assert.throws(() => parseMusic('x'), SyntaxError);
console.log('ok');
