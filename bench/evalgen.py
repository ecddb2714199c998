#!/usr/bin/env python3
"""HumanEval-like programs for bench/evalset.sh: small functions with asserts.

usage: evalgen.py OUTDIR [PY_COUNT [JS_COUNT]]   (default 60 Python, 50 JavaScript)

Writes OUTDIR/pyNNN_<task>.py and OUTDIR/jsNNN_<task>.js and prints their
names, one a line. Deterministic: a fixed seed, so every run of the bench
measures the same set. Each program defines one function (string work,
arithmetic, list/array operations, sorting, recursion, dict/map use; some
import json, re, collections, math, itertools, hashlib, or node's assert,
crypto, path, util), asserts its results on a few inputs and prints one
line. The expected values are computed here by running the Python version
of the function, so the JavaScript version must agree with it.
"""
import json
import os
import random
import re
import sys

SEED = 20261204

# Each task: a name, the function in Python and in JavaScript (F is the
# function's name, K a constant the generator picks), the pick of K, and the
# pick of one test input (a list of arguments).
TASKS = []


def task(name, py, js, k, args):
    TASKS.append({"name": name, "py": py.strip("\n"), "js": js.strip("\n"), "k": k, "args": args})


def word(r, lo=2, hi=7):
    return "".join(r.choice("abcdeilmnorstu") for _ in range(r.randint(lo, hi)))


def words(r, lo=2, hi=7):
    return " ".join(word(r) for _ in range(r.randint(lo, hi)))


def roman(n):
    out = ""
    for v, s in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                 (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        out += s * (n // v)
        n %= v
    return out


def ints(r, lo=3, hi=12, a=-50, b=50):
    return [r.randint(a, b) for _ in range(r.randint(lo, hi))]


task("reverse_words", """
def F(s):
    return " ".join(reversed(s.split()))
""", """
function F(s) {
  return s.split(" ").filter((w) => w.length > 0).reverse().join(" ");
}
""", lambda r: 0, lambda r, k: [words(r)])

task("caesar", """
def F(s, shift):
    out = []
    for c in s:
        if c.islower():
            out.append(chr((ord(c) - 97 + shift) % 26 + 97))
        else:
            out.append(c)
    return "".join(out)
""", """
function F(s, shift) {
  let out = "";
  for (const c of s) {
    if (c >= "a" && c <= "z") {
      out += String.fromCharCode(((c.charCodeAt(0) - 97 + shift) % 26 + 26) % 26 + 97);
    } else {
      out += c;
    }
  }
  return out;
}
""", lambda r: 0, lambda r, k: [words(r, 1, 4), r.randint(-30, 30)])

task("run_length", """
def F(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(s[i] + str(j - i))
        i = j
    return "".join(out)
""", """
function F(s) {
  let out = "";
  let i = 0;
  while (i < s.length) {
    let j = i;
    while (j < s.length && s[j] === s[i]) j++;
    out += s[i] + String(j - i);
    i = j;
  }
  return out;
}
""", lambda r: 0, lambda r, k: ["".join(r.choice("aab") * r.randint(1, 4) for _ in range(r.randint(1, 8)))])

task("palindrome", """
import re

def F(s):
    t = re.sub(r"[^a-z0-9]", "", s.lower())
    return t == t[::-1]
""", """
function F(s) {
  const t = s.toLowerCase().replace(/[^a-z0-9]/g, "");
  return t === t.split("").reverse().join("");
}
""", lambda r: 0, lambda r, k: [r.choice([
    lambda: (lambda w: w + ", " + w[::-1].upper() + "!")(word(r)),
    lambda: words(r, 1, 3),
    lambda: (lambda w: w + r.choice("xyz") + w[::-1])(word(r, 1, 5)),
])()])

task("vowel_count", """
def F(s):
    return {v: s.count(v) for v in "@K@" if v in s}
""", """
function F(s) {
  const out = {};
  for (const v of "@K@") {
    const n = s.split(v).length - 1;
    if (n > 0) out[v] = n;
  }
  return out;
}
""", lambda r: "".join(r.sample("aeiou", r.randint(2, 5))), lambda r, k: [words(r)])

task("sum_multiples", """
def F(n):
    return sum(i for i in range(n) if i % @K@ == 0 or i % 7 == 0)
""", """
function F(n) {
  let s = 0;
  for (let i = 0; i < n; i++) if (i % @K@ === 0 || i % 7 === 0) s += i;
  return s;
}
""", lambda r: r.choice([2, 3, 5, 11]), lambda r, k: [r.randint(0, 3000)])

task("gcd_list", """
import math
from functools import reduce

def F(xs):
    return reduce(math.gcd, xs, 0)
""", """
function F(xs) {
  const gcd = (a, b) => (b === 0 ? Math.abs(a) : gcd(b, a % b));
  return xs.reduce((a, b) => gcd(a, b), 0);
}
""", lambda r: 0, lambda r, k: [(lambda g: [g * r.randint(1, 40) for _ in range(r.randint(2, 6))])(r.randint(1, 30))])

task("digital_root", """
def F(n):
    while n >= 10:
        n = sum(int(d) for d in str(n))
    return n
""", """
function F(n) {
  while (n >= 10) {
    n = String(n).split("").reduce((a, d) => a + Number(d), 0);
  }
  return n;
}
""", lambda r: 0, lambda r, k: [r.randint(0, 10 ** 12)])

task("primes_below", """
def F(n):
    if n < 3:
        return []
    sieve = [True] * n
    sieve[0] = sieve[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if sieve[i]:
            sieve[i * i::i] = [False] * len(range(i * i, n, i))
    ps = [i for i, p in enumerate(sieve) if p]
    return [len(ps), ps[-@K@:]]
""", """
function F(n) {
  if (n < 3) return [];
  const sieve = new Array(n).fill(true);
  sieve[0] = sieve[1] = false;
  for (let i = 2; i * i < n; i++) {
    if (sieve[i]) for (let j = i * i; j < n; j += i) sieve[j] = false;
  }
  const ps = [];
  sieve.forEach((p, i) => { if (p) ps.push(i); });
  return [ps.length, ps.slice(-@K@)];
}
""", lambda r: r.randint(1, 4), lambda r, k: [r.randint(10, 20000)])

task("fib_memo", """
from functools import lru_cache

@lru_cache(maxsize=None)
def F(n):
    return n if n < 2 else (F(n - 1) + F(n - 2)) % @K@
""", """
const memo = new Map();
function F(n) {
  if (n < 2) return n;
  if (!memo.has(n)) memo.set(n, (F(n - 1) + F(n - 2)) % @K@);
  return memo.get(n);
}
""", lambda r: r.choice([1000003, 65521, 999983, 1 << 20]), lambda r, k: [r.randint(0, 400)])

task("flatten", """
def F(x):
    if not isinstance(x, list):
        return [x]
    out = []
    for y in x:
        out.extend(F(y))
    return out
""", """
function F(x) {
  if (!Array.isArray(x)) return [x];
  const out = [];
  for (const y of x) out.push(...F(y));
  return out;
}
""", lambda r: 0, lambda r, k: [(lambda g: g(g, 3))(
    lambda g, d: [g(g, d - 1) if d > 0 and r.random() < 0.35 else r.randint(0, 99)
                  for _ in range(r.randint(0, 4))])])

task("binary_search", """
def F(xs, x):
    lo, hi = 0, len(xs)
    while lo < hi:
        mid = (lo + hi) // 2
        if xs[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo if lo < len(xs) and xs[lo] == x else -1
""", """
function F(xs, x) {
  let lo = 0, hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] < x) lo = mid + 1; else hi = mid;
  }
  return lo < xs.length && xs[lo] === x ? lo : -1;
}
""", lambda r: 0, lambda r, k: (lambda xs: [xs, r.choice(xs + [1000, -1000])])(
    sorted(set(ints(r, 1, 30, -500, 500)))))

task("sort_words", """
def F(s):
    return sorted(set(s.split()), key=lambda w: (len(w), w))
""", """
function F(s) {
  return [...new Set(s.split(" ").filter((w) => w))].sort(
    (a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0));
}
""", lambda r: 0, lambda r, k: [words(r, 3, 10)])

task("merge_sort", """
def F(xs):
    if len(xs) <= 1:
        return list(xs)
    mid = len(xs) // 2
    a, b = F(xs[:mid]), F(xs[mid:])
    out = []
    while a and b:
        out.append(a.pop(0) if a[0] <= b[0] else b.pop(0))
    return out + a + b
""", """
function F(xs) {
  if (xs.length <= 1) return xs.slice();
  const mid = xs.length >> 1;
  const a = F(xs.slice(0, mid)), b = F(xs.slice(mid));
  const out = [];
  while (a.length && b.length) out.push(a[0] <= b[0] ? a.shift() : b.shift());
  return out.concat(a, b);
}
""", lambda r: 0, lambda r, k: [ints(r, 0, 40, -1000, 1000)])

task("word_freq", """
from collections import Counter

def F(s):
    c = Counter(s.split())
    return sorted([w, n] for w, n in c.items() if n >= @K@)
""", """
function F(s) {
  const c = new Map();
  for (const w of s.split(" ").filter((w) => w)) c.set(w, (c.get(w) || 0) + 1);
  return [...c.entries()].filter(([, n]) => n >= @K@)
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}
""", lambda r: r.randint(1, 3), lambda r, k: [" ".join(r.choice(["ab", "cd", "ef", "gh", word(r, 2, 3)])
                                                      for _ in range(r.randint(3, 25)))])

task("anagram_groups", """
from collections import defaultdict

def F(ws):
    g = defaultdict(list)
    for w in ws:
        g["".join(sorted(w))].append(w)
    return sorted(sorted(v) for v in g.values() if len(v) > 1)
""", """
function F(ws) {
  const g = new Map();
  for (const w of ws) {
    const k = w.split("").sort().join("");
    if (!g.has(k)) g.set(k, []);
    g.get(k).push(w);
  }
  const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
  const groups = [...g.values()].filter((v) => v.length > 1).map((v) => v.slice().sort(cmp));
  return groups.sort((a, b) => {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const c = cmp(a[i], b[i]);
      if (c) return c;
    }
    return a.length - b.length;
  });
}
""", lambda r: 0, lambda r, k: [[("".join(r.sample(w, len(w))) if r.random() < 0.5 else w)
                                 for w in (r.choice(["listen", "stone", "rat", "evil", "dusty"])
                                           for _ in range(r.randint(2, 9)))]])

task("two_sum", """
def F(xs, target):
    seen = {}
    for i, x in enumerate(xs):
        if target - x in seen:
            return [seen[target - x], i]
        seen[x] = i
    return []
""", """
function F(xs, target) {
  const seen = new Map();
  for (let i = 0; i < xs.length; i++) {
    if (seen.has(target - xs[i])) return [seen.get(target - xs[i]), i];
    seen.set(xs[i], i);
  }
  return [];
}
""", lambda r: 0, lambda r, k: (lambda xs: [xs, r.choice([xs[0] + xs[-1], 999])])(ints(r, 2, 15)))

task("json_totals", """
import json

def F(text):
    orders = json.loads(text)
    totals = {}
    for o in orders:
        totals[o["who"]] = totals.get(o["who"], 0) + o["qty"] * o["cents"]
    return json.dumps(sorted(totals.items()))
""", """
function F(text) {
  const totals = {};
  for (const o of JSON.parse(text)) totals[o.who] = (totals[o.who] || 0) + o.qty * o.cents;
  const items = Object.entries(totals).sort((a, b) => (a[0] < b[0] ? -1 : 1));
  return JSON.stringify(items).replace(/,/g, ", ");
}
""", lambda r: 0, lambda r, k: [json.dumps([{"who": r.choice(["ann", "bob", "cy"]), "qty": r.randint(1, 5),
                                             "cents": r.randint(1, 999)} for _ in range(r.randint(1, 8))])])

task("regex_numbers", """
import re

def F(s):
    return sum(int(m) for m in re.findall(r"-?\\d+", s))
""", """
function F(s) {
  return (s.match(/-?\\d+/g) || []).reduce((a, m) => a + parseInt(m, 10), 0);
}
""", lambda r: 0, lambda r, k: [" ".join(r.choice([word(r), str(r.randint(-99, 999)), word(r) + str(r.randint(0, 9))])
                                          for _ in range(r.randint(1, 10)))])

task("binomial", """
import math

def F(n, k):
    return math.comb(n, k) % @K@
""", """
function F(n, k) {
  let c = 1n;
  for (let i = 0n; i < BigInt(k); i++) c = c * (BigInt(n) - i) / (i + 1n);
  return Number(c % @K@n);
}
""", lambda r: r.choice([1000000007, 998244353, 10007]),
    lambda r, k: (lambda n: [n, r.randint(0, n)])(r.randint(0, 90)))

task("transpose", """
def F(m):
    return [list(row) for row in zip(*m)]
""", """
function F(m) {
  if (m.length === 0) return [];
  return m[0].map((_, j) => m.map((row) => row[j]));
}
""", lambda r: 0, lambda r, k: (lambda w: [[ints(r, w, w, 0, 9) for _ in range(r.randint(1, 5))]])(r.randint(1, 5)))

task("window_max", """
from collections import deque

def F(xs):
    q, out = deque(), []
    for i, x in enumerate(xs):
        while q and xs[q[-1]] <= x:
            q.pop()
        q.append(i)
        if q[0] <= i - @K@:
            q.popleft()
        if i >= @K@ - 1:
            out.append(xs[q[0]])
    return out
""", """
function F(xs) {
  const q = [], out = [];
  xs.forEach((x, i) => {
    while (q.length && xs[q[q.length - 1]] <= x) q.pop();
    q.push(i);
    if (q[0] <= i - @K@) q.shift();
    if (i >= @K@ - 1) out.push(xs[q[0]]);
  });
  return out;
}
""", lambda r: r.randint(1, 4), lambda r, k: [ints(r, 0, 20)])

task("dedupe", """
def F(xs):
    seen = set()
    return [x for x in xs if not (x in seen or seen.add(x))]
""", """
function F(xs) {
  return [...new Set(xs)];
}
""", lambda r: 0, lambda r, k: [ints(r, 0, 25, 0, 9)])

task("brackets", """
def F(s):
    pairs, stack = {")": "(", "]": "[", "}": "{"}, []
    for c in s:
        if c in "([{":
            stack.append(c)
        elif c in pairs:
            if not stack or stack.pop() != pairs[c]:
                return False
    return not stack
""", """
function F(s) {
  const pairs = { ")": "(", "]": "[", "}": "{" }, stack = [];
  for (const c of s) {
    if ("([{".includes(c)) stack.push(c);
    else if (c in pairs && (stack.length === 0 || stack.pop() !== pairs[c])) return false;
  }
  return stack.length === 0;
}
""", lambda r: 0, lambda r, k: [r.choice([
    lambda: (lambda g: g(g, 3))(lambda g, d: "".join(
        o + (g(g, d - 1) if d else "") + c for o, c in
        (r.choice(["()", "[]", "{}"]) for _ in range(r.randint(1, 3))))),
    lambda: "".join(r.choice("()[]{}x") for _ in range(r.randint(0, 12))),
])()])

task("roman", """
def F(s):
    v = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for a, b in zip(s, s[1:] + " "):
        total += -v[a] if b != " " and v[a] < v[b] else v[a]
    return total
""", """
function F(s) {
  const v = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    total += i + 1 < s.length && v[s[i]] < v[s[i + 1]] ? -v[s[i]] : v[s[i]];
  }
  return total;
}
""", lambda r: 0, lambda r, k: [roman(r.randint(1, 3999))])

task("to_base", """
def F(n, b):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    sign, n, out = "-" if n < 0 else "", abs(n), ""
    while n:
        n, d = divmod(n, b)
        out = digits[d] + out
    return sign + out
""", """
function F(n, b) {
  return n.toString(b);
}
""", lambda r: 0, lambda r, k: [r.randint(-10 ** 6, 10 ** 9), r.randint(2, 36)])

task("permutations", """
from itertools import permutations

def F(s):
    return sorted(set("".join(p) for p in permutations(s)))[:@K@]
""", """
function F(s) {
  const out = new Set();
  const go = (prefix, rest) => {
    if (rest.length === 0) { out.add(prefix); return; }
    for (let i = 0; i < rest.length; i++) go(prefix + rest[i], rest.slice(0, i) + rest.slice(i + 1));
  };
  go("", s);
  return [...out].sort().slice(0, @K@);
}
""", lambda r: r.randint(3, 8), lambda r, k: ["".join(r.choice("abcd") for _ in range(r.randint(1, 6)))])

task("sha_prefix", """
import hashlib

def F(s):
    return hashlib.sha256(s.encode()).hexdigest()[:@K@]
""", """
const crypto = require("node:crypto");

function F(s) {
  return crypto.createHash("sha256").update(s).digest("hex").slice(0, @K@);
}
""", lambda r: r.randint(6, 16), lambda r, k: [words(r, 1, 4)])

task("path_parts", """
import posixpath

def F(p):
    d, b = posixpath.split(posixpath.normpath(p))
    return [d, b, posixpath.splitext(b)[1]]
""", """
const path = require("node:path");

function F(p) {
  const n = path.posix.normalize(p).replace(/(.)\\/$/, "$1");
  return [path.posix.dirname(n), path.posix.basename(n), path.posix.extname(n)];
}
""", lambda r: 0, lambda r, k: ["/".join([""] + [r.choice([word(r, 1, 4), ".", "x"]) for _ in range(r.randint(0, 3))]
                                         + [word(r, 1, 4) + r.choice([".py", ".tar.gz", "", ".js"])])
                                + r.choice(["", "", "/", "/."])])

task("title_case", """
def F(s):
    small = {"a", "an", "of", "the", "in", "on"}
    out = []
    for i, w in enumerate(s.split()):
        out.append(w if i and w in small else w[:1].upper() + w[1:].lower())
    return " ".join(out)
""", """
const util = require("node:util");

function F(s) {
  const small = new Set(["a", "an", "of", "the", "in", "on"]);
  const out = s.split(" ").filter((w) => w).map((w, i) =>
    (i && small.has(w) ? w : w.slice(0, 1).toUpperCase() + w.slice(1).toLowerCase()));
  return util.format("%s", out.join(" "));
}
""", lambda r: 0, lambda r, k: [" ".join(r.choice([word(r), "of", "the", "a", word(r).upper()])
                                          for _ in range(r.randint(1, 7)))])

task("prefix_sums", """
from itertools import accumulate

def F(xs):
    sums = list(accumulate(xs))
    best = max([0] + [sums[j] - min([0] + sums[:j]) for j in range(len(sums))])
    return [sums, best]
""", """
function F(xs) {
  const sums = [];
  xs.reduce((a, x) => { sums.push(a + x); return a + x; }, 0);
  let best = 0;
  for (let j = 0; j < sums.length; j++) best = Math.max(best, sums[j] - Math.min(0, ...sums.slice(0, j)));
  return [sums, best];
}
""", lambda r: 0, lambda r, k: [ints(r, 0, 15)])


def program(lang, idx, t, r):
    k = t["k"](r)
    name = "%s%03d_%s" % (lang, idx, t["name"])
    fname = "task_" + t["name"]
    src = re.sub(r"\bF\b", fname, t[lang].replace("@K@", str(k)))
    py = re.sub(r"\bF\b", fname, t["py"].replace("@K@", str(k)))
    ns = {}
    exec(py, ns)  # the reference: the Python version of the same function
    cases = []
    for _ in range(r.randint(3, 5)):
        args = t["args"](r, k)
        cases.append((args, ns[fname](*args)))
    lines = [src, ""]
    if lang == "py":
        for args, want in cases:
            lines.append("assert %s(%s) == %r" % (fname, ", ".join(map(repr, args)), want))
        lines.append('print("%s ok")' % name)
    else:
        lines.insert(0, 'const assert = require("node:assert");\n')
        for args, want in cases:
            lines.append("assert.deepStrictEqual(%s(%s), %s);"
                         % (fname, ", ".join(json.dumps(a) for a in args), json.dumps(want)))
        lines.append('console.log("%s ok");' % name)
    return name + (".py" if lang == "py" else ".js"), "\n".join(lines) + "\n"


def main():
    out = sys.argv[1]
    counts = {"py": int(sys.argv[2]) if len(sys.argv) > 2 else 60,
              "js": int(sys.argv[3]) if len(sys.argv) > 3 else 50}
    os.makedirs(out, exist_ok=True)
    for lang in ("py", "js"):
        r = random.Random("%d-%s" % (SEED, lang))
        order = []
        for i in range(counts[lang]):
            if i % len(TASKS) == 0:  # every task once per pass, in a shuffled order
                order = list(TASKS)
                r.shuffle(order)
            fname, text = program(lang, i, order[i % len(TASKS)], r)
            with open(os.path.join(out, fname), "w") as f:
                f.write(text)
            print(fname)


if __name__ == "__main__":
    main()
