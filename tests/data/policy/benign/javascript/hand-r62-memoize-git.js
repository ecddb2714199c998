// Memoized git queries for a changelog generator.
const { execFileSync } = require('child_process');

function memoize(fn) {
  const cache = new Map();
  return function (...args) {
    const key = JSON.stringify(args);
    if (!cache.has(key)) cache.set(key, fn.apply(this, args));
    return cache.get(key);
  };
}

const git = memoize((...args) => execFileSync('git', args).toString().trim());

const tag = git('describe', '--tags', '--abbrev=0');
const log = git('log', '--oneline', `${tag}..HEAD`);
console.log(`changes since ${tag}:\n${log}`);
