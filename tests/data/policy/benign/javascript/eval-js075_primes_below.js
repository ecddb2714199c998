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
  return [ps.length, ps.slice(-4)];
}

assert.deepStrictEqual(task_primes_below(16942), [1954, [16921, 16927, 16931, 16937]]);
assert.deepStrictEqual(task_primes_below(11878), [1423, [11833, 11839, 11863, 11867]]);
assert.deepStrictEqual(task_primes_below(16496), [1912, [16477, 16481, 16487, 16493]]);
assert.deepStrictEqual(task_primes_below(18895), [2149, [18803, 18839, 18859, 18869]]);
console.log("js075_primes_below ok");
