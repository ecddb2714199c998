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

assert.deepStrictEqual(task_primes_below(10611), [1294, [10589, 10597, 10601, 10607]]);
assert.deepStrictEqual(task_primes_below(19934), [2253, [19891, 19913, 19919, 19927]]);
assert.deepStrictEqual(task_primes_below(16570), [1918, [16547, 16553, 16561, 16567]]);
assert.deepStrictEqual(task_primes_below(16758), [1936, [16703, 16729, 16741, 16747]]);
console.log("js045_primes_below ok");
