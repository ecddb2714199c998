#!/usr/bin/env bash
# Analysis speed: the library on a typical 50-line agent program and on a
# 1000-line Python file, against tree-sitter's parse of the same file and
# CPython's own compile() of it, measured in the same run; then `airlock
# check` end to end (process start, rules compiled) against `python3 -c
# pass`. Target: analysis under 5 ms for the 50-line program.
set -eu
build=${1:-build}
work=$(mktemp -d /tmp/airlock-bench-check.XXXXXX)
trap 'rm -rf "$work"' EXIT
cc -O2 -std=c11 -D_GNU_SOURCE -Isrc -Ithird_party/tree-sitter/include bench/check_lib.c "$build/libairlock.a" \
	$(pkg-config --libs libpcre2-8 jansson libutf8proc) -lm -lpthread -o "$work/check_lib"
runs=${BENCH_RUNS:-200}
echo "analysis (airlock check), median of $runs, ms:"
for f in bench/data/agent.py bench/data/large.py; do
	read -r first med parse < <("$work/check_lib" python "$f" "$runs")
	lines=$(wc -l <"$f")
	cpy=$(/usr/bin/python3 -c '
import sys, timeit
src = open(sys.argv[1]).read()
n = int(sys.argv[2])
t = sorted(timeit.repeat(lambda: compile(src, sys.argv[1], "exec"), number=1, repeat=n))
print("%.3f" % (t[len(t) // 2] * 1000))' "$f" "$runs")
	awk -v f="$f" -v l="$lines" -v first="$first" -v med="$med" -v parse="$parse" -v cpy="$cpy" 'BEGIN {
		printf "  %-22s %4d lines: %.3f ms (first, with rule compilation %.2f ms); parse alone %.3f ms -> %.1fx; CPython compile() %.3f ms -> %.2fx; %.0f lines/s\n",
			f, l, med, first, parse, med / parse, cpy, med / cpy, l / (med / 1000)
	}'
	if [ "$f" = bench/data/agent.py ]; then
		awk -v med="$med" 'BEGIN { printf "  50-line program: %.3f ms (target < 5 ms): %s\n", med, med < 5 ? "met" : "NOT met" }'
	fi
done
if command -v hyperfine >/dev/null; then
	hyperfine -N --warmup 5 --runs 100 --style none --export-json "$work/cli.json" \
		-n check "$build/airlock check bench/data/agent.py --fail-on info" \
		-n python "/usr/bin/python3 -c pass" -i >/dev/null 2>&1
	python3 - "$work/cli.json" <<'PY'
import json, sys
r = {x["command"]: x["median"] * 1000 for x in json.load(open(sys.argv[1]))["results"]}
print("  airlock check agent.py, whole command: %.2f ms median; python3 -c pass %.2f ms -> %.2fx"
      % (r["check"], r["python"], r["check"] / r["python"]))
PY
fi
