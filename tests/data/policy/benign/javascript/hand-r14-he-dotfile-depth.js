// HumanEval-style: the depth of each path and the deepest dot-directory in
// a list of path strings (pure string work; some test paths look like
// credential directories but nothing is opened).
'use strict';
const assert = require('assert');

function deepestDotDir(paths) {
  let best = null;
  for (const p of paths) {
    const parts = p.split('/').filter(Boolean);
    parts.forEach((part, i) => {
      if (part.startsWith('.') && (!best || i + 1 > best.depth)) best = { dir: '/' + parts.slice(0, i + 1).join('/'), depth: i + 1 };
    });
  }
  return best && best.dir;
}

assert.strictEqual(deepestDotDir(['/a/b', '/c']), null);
assert.strictEqual(deepestDotDir(['/home/me/.aws/config', '/home/me/src']), '/home/me/.aws');
assert.strictEqual(deepestDotDir(['/root/.ssh', '/srv/app/.git/hooks/x']), '/srv/app/.git');
console.log('ok');
