// Tokenize a shell-like command line into words (quotes and escapes), without running it.
'use strict';
const assert = require('node:assert/strict');

const WORD = String.raw`(?:[^\s'"\\]|\\.)+`;
const SQ = String.raw`'[^']*'`;
const DQ = String.raw`"(?:[^"\\]|\\.)*"`;
const PART = new RegExp(`${WORD}|${SQ}|${DQ}`, 'y');

function split(line) {
  const words = [];
  let i = 0;
  let current = null;
  while (i < line.length) {
    if (/\s/.test(line[i])) {
      if (current !== null) words.push(current);
      current = null;
      i++;
      continue;
    }
    PART.lastIndex = i;
    const m = PART.exec(line);
    if (!m) throw new SyntaxError(`unterminated quote at ${i}`);
    const t = m[0];
    let text;
    if (t[0] === "'") text = t.slice(1, -1);
    else if (t[0] === '"') text = t.slice(1, -1).replace(/\\(["\\$`])/g, '$1');
    else text = t.replace(/\\(.)/g, '$1');
    current = (current ?? '') + text;
    i = PART.lastIndex;
  }
  if (current !== null) words.push(current);
  return words;
}

assert.deepEqual(split('git commit -m "fix: a \\"quoted\\" word"'), ['git', 'commit', '-m', 'fix: a "quoted" word']);
assert.deepEqual(split("echo 'single $HOME' two\\ words"), ['echo', 'single $HOME', 'two words']);
assert.deepEqual(split('  a"b"c  '), ['abc']);
assert.deepEqual(split(''), []);
assert.throws(() => split('echo "open'), SyntaxError);
console.log('ok');
