// HumanEval-style: given a list of paths, remove the ones that lie inside a
// removed directory (pure string work on paths, no file system access).
'use strict';
const assert = require('assert');

function removeSubfolders(folders) {
  const sorted = [...folders].sort();
  const out = [];
  for (const f of sorted) {
    const last = out[out.length - 1];
    if (!last || !f.startsWith(last + '/')) out.push(f);
  }
  return out;
}

assert.deepStrictEqual(removeSubfolders(['/a', '/a/b', '/c/d', '/c/d/e', '/c/f']), ['/a', '/c/d', '/c/f']);
assert.deepStrictEqual(removeSubfolders(['/home/user/.ssh', '/home/user']), ['/home/user']);
assert.deepStrictEqual(removeSubfolders(['/a/b/c', '/a/b/ca', '/a/b/d']), ['/a/b/c', '/a/b/ca', '/a/b/d']);
console.log('ok');
