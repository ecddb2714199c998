#!/usr/bin/env python3
"""Writes the benign corpus of the policy tests: ordinary programs that must
have no finding at `high`.

usage: gen.py DIR   (run from the top of the tree; deterministic)

Programs written by hand sit next to the generated ones as hand-*.<ext>
(agent-style programs: API clients, git and build helpers, clean-ups of
their own temporary directories); gen.py keeps them.

HumanEval-like solutions come from bench/evalgen.py (python, javascript);
data scripts, small tools and build scripts come from the templates below,
each filled in a few ways.
"""
import json
import os
import random
import shutil
import subprocess
import sys

R = random.Random(20261204)

PY = {}
JS = {}
SH = {}

PY["csv_summary"] = '''import csv
import io
import statistics

DATA = """name,dept,salary
{rows}"""

by_dept = {{}}
for row in csv.DictReader(io.StringIO(DATA)):
    by_dept.setdefault(row["dept"], []).append(int(row["salary"]))
for dept, values in sorted(by_dept.items()):
    print(dept, len(values), statistics.mean(values), max(values))
assert sum(len(v) for v in by_dept.values()) == {n}
'''

PY["json_transform"] = '''import json
import sys

records = json.loads({doc!r})
out = [{{"id": r["id"], "total": sum(r["items"])}} for r in records if r["items"]]
json.dump(out, sys.stdout, indent=2)
print()
assert len(out) <= {n}
'''

PY["argparse_tool"] = '''import argparse


def main(argv=None):
    p = argparse.ArgumentParser(description="{desc}")
    p.add_argument("--count", type=int, default={k})
    p.add_argument("--word", default="{word}")
    p.add_argument("-v", "--verbose", action="store_true")
    a = p.parse_args(argv)
    for i in range(a.count):
        print(f"{{i}}: {{a.word * (i + 1)}}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main([]))
'''

PY["word_count"] = '''import collections
import re
import sys

TEXT = {text!r}
words = re.findall(r"[a-z']+", TEXT.lower())
counts = collections.Counter(words)
for w, c in counts.most_common({k}):
    print(f"{{w:12}} {{c}}")
assert sum(counts.values()) == len(words)
'''

PY["dataclass_inventory"] = '''from dataclasses import dataclass, field


@dataclass
class Item:
    name: str
    price: float
    qty: int = 0
    tags: list = field(default_factory=list)

    def value(self):
        return self.price * self.qty


stock = [Item("{a}", {p1}, {q1}), Item("{b}", {p2}, {q2}, ["x"]), Item("{c}", {p3})]
total = sum(i.value() for i in stock)
print(f"total value: {{total:.2f}}")
assert abs(total - ({p1} * {q1} + {p2} * {q2})) < 1e-9
'''

PY["log_parse"] = '''import re
from datetime import datetime

LOG = """{lines}"""
pat = re.compile(r"^(\\S+ \\S+) (INFO|WARN|ERROR) (.*)$")
errors = []
for line in LOG.splitlines():
    m = pat.match(line)
    if m and m.group(2) == "ERROR":
        errors.append((datetime.strptime(m.group(1), "%Y-%m-%d %H:%M:%S"), m.group(3)))
for when, msg in errors:
    print(when.isoformat(), msg)
assert len(errors) == {n}
'''

PY["sqlite_report"] = '''import sqlite3

db = sqlite3.connect(":memory:")
db.execute("CREATE TABLE sales (region TEXT, amount INTEGER)")
db.executemany("INSERT INTO sales VALUES (?, ?)", {rows!r})
for region, total in db.execute("SELECT region, SUM(amount) FROM sales GROUP BY region ORDER BY region"):
    print(region, total)
(n,) = db.execute("SELECT COUNT(*) FROM sales").fetchone()
assert n == {n}
'''

PY["tempfile_roundtrip"] = '''import os
import tempfile

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "{name}.txt")
    with open(path, "w") as f:
        for i in range({k}):
            f.write(f"line {{i}}\\n")
    with open(path) as f:
        lines = f.read().splitlines()
    print(len(lines), os.path.basename(path))
    assert lines[-1] == "line {last}"
'''

PY["walk_sizes"] = '''import os

total = 0
count = 0
for root, dirs, files in os.walk("."):
    dirs[:] = [d for d in dirs if not d.startswith(".")]
    for f in files:
        if f.endswith("{ext}"):
            count += 1
            total += os.path.getsize(os.path.join(root, f))
print(f"{{count}} {ext} files, {{total}} bytes")
print("home is", os.environ.get("HOME", "?"), "user", os.environ.get("USER", "?"))
'''

PY["heap_schedule"] = '''import heapq

jobs = {jobs!r}
heap = [(prio, name) for name, prio in jobs]
heapq.heapify(heap)
order = []
while heap:
    order.append(heapq.heappop(heap)[1])
print(" -> ".join(order))
assert len(order) == {n}
'''

PY["fractions_math"] = '''from fractions import Fraction
import math

terms = [Fraction(1, k * (k + 1)) for k in range(1, {k} + 1)]
s = sum(terms)
print(s, float(s))
assert s == Fraction({k}, {k} + 1)
print(math.comb({k}, 2), math.gcd({a}, {b}))
'''

PY["unittest_suite"] = '''import unittest


def {fn}(xs):
    return sorted(set(xs), key=lambda x: ({key}, x))


class T(unittest.TestCase):
    def test_basic(self):
        self.assertEqual({fn}({xs!r}), sorted(set({xs!r}), key=lambda x: ({key}, x)))

    def test_empty(self):
        self.assertEqual({fn}([]), [])


if __name__ == "__main__":
    unittest.main(argv=["x"], exit=False)
'''

PY["class_matrix"] = '''class Matrix:
    def __init__(self, rows):
        self.rows = rows

    def __matmul__(self, other):
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    def __eq__(self, other):
        return self.rows == other.rows


I = Matrix([[1, 0], [0, 1]])
M = Matrix([[{a}, {b}], [{c}, {d}]])
assert M @ I == M
print((M @ M).rows)
'''

PY["itertools_groups"] = '''import itertools

data = sorted({words!r})
for k, g in itertools.groupby(data, key=lambda w: w[0]):
    print(k, list(g))
pairs = list(itertools.combinations(range({k}), 2))
assert len(pairs) == {k} * ({k} - 1) // 2
'''

PY["getattr_dispatch"] = '''class Calculator:
    def op_add(self, a, b):
        return a + b

    def op_mul(self, a, b):
        return a * b


def run(calc, name, a, b):
    return getattr(calc, "op_" + name)(a, b)


c = Calculator()
assert run(c, "add", {a}, {b}) == {a} + {b}
assert run(c, "mul", {a}, {b}) == {a} * {b}
print("ok")
'''

JS["array_stats"] = '''const values = {vals};
const mean = values.reduce((a, b) => a + b, 0) / values.length;
const sorted = [...values].sort((a, b) => a - b);
const median = sorted[Math.floor(sorted.length / 2)];
console.log({{ mean, median, max: Math.max(...values) }});
console.assert(sorted.length === {n});
'''

JS["map_group"] = '''const people = {people};
const byCity = new Map();
for (const p of people) {{
  if (!byCity.has(p.city)) byCity.set(p.city, []);
  byCity.get(p.city).push(p.name);
}}
for (const [city, names] of byCity) console.log(city, names.join(", "));
'''

JS["class_queue"] = '''class Queue {{
  #items = [];
  push(x) {{
    this.#items.push(x);
    return this;
  }}
  shift() {{
    return this.#items.shift();
  }}
  get size() {{
    return this.#items.length;
  }}
}}
const q = new Queue();
for (let i = 0; i < {k}; i++) q.push(i * {m});
const assert = require("assert");
assert.strictEqual(q.size, {k});
assert.strictEqual(q.shift(), 0);
console.log("queue ok", q.size);
'''

JS["fs_tmp"] = '''const fs = require("fs");
const os = require("os");
const path = require("path");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "{name}-"));
const file = path.join(dir, "data.json");
fs.writeFileSync(file, JSON.stringify({{ n: {k}, tags: ["a", "b"] }}));
const back = JSON.parse(fs.readFileSync(file, "utf8"));
console.log(back.n, back.tags.length);
fs.rmSync(dir, {{ recursive: true, force: true }});
'''

JS["env_config"] = '''const port = Number(process.env.PORT || {port});
const mode = process.env.NODE_ENV === "production" ? "prod" : "dev";
const args = process.argv.slice(2);
console.log(`listening on ${{port}} in ${{mode}} mode with ${{args.length}} args`);
'''

JS["async_pipeline"] = '''const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function step(x) {{
  await sleep(1);
  return x * {m};
}}
(async () => {{
  const out = await Promise.all([{xs}].map(step));
  console.log(out.join(" "));
}})();
'''

JS["crypto_hash"] = '''const crypto = require("crypto");
const h = crypto.createHash("sha256").update("{word}").digest("hex");
console.log(h.slice(0, 16));
const id = crypto.randomUUID();
console.log(id.length === 36);
'''

JS["events"] = '''const EventEmitter = require("events");
const bus = new EventEmitter();
let total = 0;
bus.on("add", (n) => (total += n));
for (let i = 1; i <= {k}; i++) bus.emit("add", i);
console.log("total", total);
require("assert").strictEqual(total, ({k} * ({k} + 1)) / 2);
'''

JS["readline_sum"] = '''const readline = require("readline");
const rl = readline.createInterface({{ input: process.stdin }});
let sum = 0;
rl.on("line", (line) => (sum += Number(line) || 0));
rl.on("close", () => console.log("{label}", sum));
'''

JS["text_template"] = '''const util = require("util");
const rows = {rows};
for (const r of rows) console.log(util.format("%s has %d items", r[0], r[1]));
const table = rows.map(([k, v]) => `${{k.padEnd(10)}}|${{String(v).padStart(4)}}`).join("\\n");
console.log(table);
'''

JS["dispatch_table"] = '''const handlers = {{
  add: (a, b) => a + b,
  sub: (a, b) => a - b,
  mul: (a, b) => a * b,
}};
const op = process.argv[2] || "{op}";
const fn = handlers[op];
console.log(op, fn ? fn({a}, {b}) : "unknown");
'''

SH["build_c"] = '''#!/usr/bin/env bash
set -euo pipefail
build=${{BUILD:-build}}
mkdir -p "$build"
cat > "$build/{name}.c" <<'SRC'
#include <stdio.h>
int main(void) {{ printf("{name}\\n"); return 0; }}
SRC
for f in "$build"/*.c; do
	cc -O2 -Wall -c "$f" -o "${{f%.c}}.o"
done
echo "built $(ls "$build"/*.o | wc -l) objects"
rm -rf "$build"
'''

SH["clean_tmp"] = '''#!/bin/bash
set -eu
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for i in $(seq 1 {k}); do
	echo "item $i" > "$tmp/f$i.txt"
done
find "$tmp" -name '*.txt' | sort | head -n 3
echo "$(ls "$tmp" | wc -l) files"
'''

SH["getopts_tool"] = '''#!/bin/bash
verbose=0
count={k}
while getopts "vc:" opt; do
	case $opt in
	v) verbose=1 ;;
	c) count=$OPTARG ;;
	*) echo "usage: $0 [-v] [-c N]" >&2; exit 2 ;;
	esac
done
shift $((OPTIND - 1))
for ((i = 0; i < count; i++)); do
	[ "$verbose" = 1 ] && echo "step $i"
done
echo "{word} done"
'''

SH["awk_report"] = '''#!/bin/bash
data='{data}'
echo "$data" | tr ' ' '\\n' | awk -F: '{{ sum[$1] += $2 }} END {{ for (k in sum) print k, sum[k] }}' | sort
echo "$data" | wc -w
'''

SH["run_wrapper"] = '''#!/bin/bash
set -e
run() {{
	echo "+ $*"
	"$@"
}}
run mkdir -p out/{name}
run cp "$0" out/{name}/
run ls out/{name}
run rm -rf out/{name}
'''

SH["text_pipeline"] = '''#!/bin/sh
printf '%s\\n' {words} | sort | uniq -c | sort -rn | head -n {k}
echo "{words}" | sed -e 's/ /,/g' | cut -d, -f1-3
'''

SH["array_loop"] = '''#!/bin/bash
files=({words})
declare -A seen
for f in "${{files[@]}}"; do
	seen[$f]=$(( ${{seen[$f]:-0}} + 1 ))
done
for k in "${{!seen[@]}}"; do
	printf '%s %d\\n' "$k" "${{seen[$k]}}"
done | sort
echo "${{#files[@]}} words"
'''

SH["git_release"] = '''#!/bin/bash
set -euo pipefail
version=${{1:-{ver}}}
if ! [[ $version =~ ^[0-9]+\\.[0-9]+\\.[0-9]+$ ]]; then
	echo "bad version: $version" >&2
	exit 1
fi
echo "would tag v$version"
changelog=$(mktemp)
trap 'rm -f "$changelog"' EXIT
echo "## $version - $(date +%F)" > "$changelog"
cat "$changelog"
'''

SH["make_dist"] = '''#!/bin/bash
set -eu
name={name}
stage=$(mktemp -d)
mkdir -p "$stage/$name/bin" "$stage/$name/doc"
echo "#!/bin/sh" > "$stage/$name/bin/$name"
chmod 755 "$stage/$name/bin/$name"
echo "readme" > "$stage/$name/doc/README"
tar -C "$stage" -czf "/tmp/$name.tar.gz" "$name"
tar -tzf "/tmp/$name.tar.gz" | sort
rm -rf "$stage" "/tmp/$name.tar.gz"
'''

SH["env_defaults"] = '''#!/bin/bash
: "${{PREFIX:=/usr/local}}"
: "${{JOBS:={k}}}"
export PREFIX JOBS
echo "prefix=$PREFIX jobs=$JOBS home=$HOME"
printenv PREFIX
env LC_ALL=C sort <<< "b
a"
'''

SH["functions_math"] = '''#!/bin/bash
fib() {{
	local n=$1 a=0 b=1
	for ((i = 0; i < n; i++)); do
		local t=$((a + b))
		a=$b
		b=$t
	done
	echo "$a"
}}
for n in {nums}; do
	echo "fib($n) = $(fib "$n")"
done
'''

SH["find_old"] = '''#!/bin/bash
set -u
dir=${{1:-.}}
find "$dir" -maxdepth 2 -type f -name '*.{ext}' -mtime +{k} -print | head -n 20
find "$dir" -maxdepth 1 -type d | wc -l
'''

SH["xargs_grep"] = '''#!/bin/bash
find . -maxdepth 2 -name '*.{ext}' -print0 | xargs -0 -r grep -l "{word}" || true
printf '%s\\n' a b c | xargs -n1 echo item
'''

WORDS = "alpha beta gamma delta omega kappa sigma theta lambda zeta eta iota".split()


def fill_py(name, t):
    def w():
        return R.choice(WORDS)
    n = R.randint(3, 8)
    k = R.randint(2, 9)
    a, b, c, d = (R.randint(1, 9) for _ in range(4))
    named = "dataclass" in name
    lines = []
    nerr = 0
    for i in range(n):
        lvl = R.choice(["INFO", "WARN", "ERROR"])
        nerr += lvl == "ERROR"
        lines.append("2026-01-%02d 10:%02d:00 %s %s happened" % (i + 1, i, lvl, w()))
    if "csv" in name:
        rows = "\n".join("%s,%s,%d" % (w(), R.choice(["eng", "ops", "sales"]), R.randint(30, 90) * 1000)
                         for _ in range(n))
    else:
        rows = [(R.choice(["n", "s", "e"]), R.randint(1, 99)) for _ in range(n)]
    doc = [{"id": i, "items": [R.randint(0, 9) for _ in range(R.randint(0, 3))]} for i in range(n)]
    return t.format(rows=rows, n=nerr if "log" in name else n, doc=json.dumps(doc), desc=w(), k=k,
                    word=w(), text=" ".join(w() for _ in range(30)),
                    a=w() if named else a, b=w() if named else b, c=w() if named else c, d=d,
                    p1=a + 0.5, p2=b + 0.25, p3=c, q1=k, q2=n, lines="\n".join(lines), name=w(),
                    last=k - 1, ext=R.choice([".py", ".txt", ".md"]),
                    jobs=[(w() + str(i), R.randint(1, 9)) for i in range(n)], fn="uniq_" + w(),
                    key="x % 3", xs=[R.randint(0, 20) for _ in range(n)], words=[w() for _ in range(n)])


def fill_js(name, t):
    def w():
        return R.choice(WORDS)
    n = R.randint(3, 8)
    return t.format(vals="[%s]" % ", ".join(str(R.randint(1, 99)) for _ in range(n)), n=n,
                    people="[%s]" % ", ".join('{ name: "%s", city: "%s" }' % (w(), R.choice(["Oslo", "Lima", "Pune"]))
                                              for _ in range(n)),
                    k=R.randint(2, 9), m=R.randint(2, 5), name=w(), port=R.choice([3000, 8080, 5173]),
                    xs=", ".join(str(R.randint(1, 9)) for _ in range(n)), word=w(), label=w(),
                    rows="[%s]" % ", ".join('["%s", %d]' % (w(), R.randint(0, 50)) for _ in range(n)),
                    op=R.choice(["add", "sub", "mul"]), a=R.randint(1, 50), b=R.randint(1, 50))


def fill_sh(name, t):
    def w():
        return R.choice(WORDS)
    n = R.randint(3, 8)
    return t.format(name=w(), k=R.randint(2, 9), word=w(),
                    data=" ".join("%s:%d" % (w(), R.randint(1, 9)) for _ in range(n)),
                    words=" ".join(w() for _ in range(n)),
                    ver="%d.%d.%d" % (R.randint(0, 3), R.randint(0, 20), R.randint(0, 9)),
                    nums=" ".join(str(R.randint(1, 20)) for _ in range(n)), ext=R.choice(["log", "txt", "c"]))


def main():
    out = sys.argv[1]
    for lang in ("python", "javascript", "bash"):
        # Programs written by hand (hand-*) are kept; what this script
        # wrote before is replaced.
        d = os.path.join(out, lang)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if not f.startswith("hand-"):
                os.remove(os.path.join(d, f))
    tmp = os.path.join(out, ".evalgen")
    subprocess.run([sys.executable, "bench/evalgen.py", tmp, "100", "80"], check=True,
                   stdout=subprocess.DEVNULL)
    for f in sorted(os.listdir(tmp)):
        lang = "python" if f.endswith(".py") else "javascript"
        shutil.move(os.path.join(tmp, f), os.path.join(out, lang, "eval-" + f))
    os.rmdir(tmp)
    for lang, table, ext, fill, copies in (("python", PY, "py", fill_py, 4),
                                           ("javascript", JS, "js", fill_js, 4),
                                           ("bash", SH, "sh", fill_sh, 6)):
        for name, t in sorted(table.items()):
            for i in range(copies):
                with open(os.path.join(out, lang, "%s-%d.%s" % (name, i, ext)), "w") as f:
                    f.write(fill(name, t))


if __name__ == "__main__":
    main()
