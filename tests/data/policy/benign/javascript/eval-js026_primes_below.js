const assert = require("node:assert");

function task_primes_below(n) {
  if (n < 3) return [];
  const sieve = new Array(n).fill(true);
  sieve[0] = sieve[1] = false;
  for (let i = 2; i * i < n; i++) {
    if (sieve[i]) for (let j = i * i; j < n; j += i) sieve[j] = false;
  }
  const ps = [];
  sieve.forEach((p, i) => { if (p) ps.push(i); });
  return [ps.length, ps.slice(-1)];
}

assert.deepStrictEqual(task_primes_below(11639), [1399, [11633]]);
assert.deepStrictEqual(task_primes_below(1648), [259, [1637]]);
assert.deepStrictEqual(task_primes_below(7272), [928, [7253]]);
console.log("js026_primes_below ok");
