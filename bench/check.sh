#!/usr/bin/env bash
# Analysis speed: the library on typical 50-line agent programs (Python,
# JavaScript, Bash) and on a 1000-line Python file, against tree-sitter's
# parse of the same file (and CPython's own compile() of the Python ones),
# measured in the same run; each language's rule query compiled with
# tree-sitter's analysis of its patterns (what every process paid before)
# and restored from the query compiled at build time; then `airlock check` as a
# whole process per language, against `python3 -c pass` and `airlock
# --version` (the process alone). Targets: analysis under 5 ms for a
# 50-line program; `airlock check` of one under 5 ms as a whole process.
set -eu
build=${1:-build}
work=$(mktemp -d /tmp/airlock-bench-check.XXXXXX)
trap 'rm -rf "$work"' EXIT
prog="$build/bench/check_lib"
[ -x "$prog" ] || { echo "bench: $prog is missing: run make bench" >&2; exit 1; }
runs=${BENCH_RUNS:-200}
echo "analysis (airlock check), median of $runs, ms:"
for f in bench/data/agent.py bench/data/agent.js bench/data/agent.sh bench/data/large.py; do
	case $f in *.py) lang=python ;; *.js) lang=javascript ;; *) lang=bash ;; esac
	# (a failure inside < <(...) does not stop the script: say so here)
	read -r first med parse < <("$prog" $lang "$f" "$runs") ||
		{ echo "bench/check.sh: $prog failed on $f" >&2; exit 1; }
	lines=$(wc -l <"$f")
	cpy=0
	if [ $lang = python ]; then
		cpy=$(/usr/bin/python3 -c '
import sys, timeit
src = open(sys.argv[1]).read()
n = int(sys.argv[2])
t = sorted(timeit.repeat(lambda: compile(src, sys.argv[1], "exec"), number=1, repeat=n))
print("%.3f" % (t[len(t) // 2] * 1000))' "$f" "$runs")
	fi
	awk -v f="$f" -v l="$lines" -v first="$first" -v med="$med" -v parse="$parse" -v cpy="$cpy" 'BEGIN {
		printf "  %-22s %4d lines: %.3f ms (first, with rule compilation %.2f ms); parse alone %.3f ms -> %.1fx", f, l, med, first, parse, med / parse
		if (cpy > 0) printf "; CPython compile() %.3f ms -> %.2fx", cpy, med / cpy
		printf "; %.0f lines/s\n", l / (med / 1000)
		if (l <= 60) printf "  50-line program: %.3f ms (target < 5 ms): %s\n", med, med < 5 ? "met" : "NOT met"
	}'
done
qruns=$(( runs / 10 > 5 ? runs / 10 : 5 ))
echo "rule query compilation per language, median of $qruns, ms:"
for lang in python javascript bash; do
	# the rule files in the order the build embeds them (Make's sort)
	files=$(printf '%s\n' src/policy/rules/$lang/*.scm | LC_ALL=C sort)
	read -r full saved npat < <("$prog" query $lang "$qruns" $files) ||
		{ echo "bench/check.sh: $prog query $lang failed" >&2; exit 1; }
	awk -v l="$lang" -v full="$full" -v saved="$saved" -v n="$npat" 'BEGIN {
		printf "  %-10s %3d patterns: tree-sitter compiling them %.2f ms; restored (compiled at build time) %.3f ms -> %.0fx faster\n",
			l, n, full, saved, full / saved
	}'
done
if command -v hyperfine >/dev/null; then
	hyperfine -N --warmup 5 --runs 100 --style none --export-json "$work/cli.json" \
		-n python "$build/airlock check bench/data/agent.py --fail-on info" \
		-n javascript "$build/airlock check bench/data/agent.js --fail-on info" \
		-n bash "$build/airlock check bench/data/agent.sh --fail-on info" \
		-n version "$build/airlock --version" \
		-n python3 "/usr/bin/python3 -c pass" -i >/dev/null 2>&1
	python3 - "$work/cli.json" <<'PY'
import json, sys
res = {x["command"]: x for x in json.load(open(sys.argv[1]))["results"]}
r = {k: v["median"] * 1000 for k, v in res.items()}
lo = {k: v["min"] * 1000 for k, v in res.items()}
cpu = {k: (v["user"] + v["system"]) * 1000 for k, v in res.items()}
load = open("/proc/loadavg").read().split()[0]
print("airlock check, whole process, median of 100 (50-line program), ms (load %s; the target is judged on the median):" % load)
ok = True
for lang in ["python", "javascript", "bash"]:
    t = r[lang]
    ok &= t <= 5
    print("  %-10s %.2f ms (min %.2f, cpu %.2f); python3 -c pass %.2f ms -> %.2fx; airlock --version %.2f ms (min %.2f, cpu %.2f) -> +%.2f ms (target <= 5 ms: %s)"
          % (lang, t, lo[lang], cpu[lang], r["python3"], t / r["python3"], r["version"], lo["version"], cpu["version"],
             t - r["version"], "met" if t <= 5 else "NOT met"))
print("airlock check target:", "met" if ok else "NOT met")
PY
fi
# Long programs: the corpus's ordinary programs of each language joined into
# one of about 1,000 and one of about 4,000 lines. The analysis should grow
# with the program, not with its square: the 4,000-line one should take
# about 4 times the 1,000-line one (target: at most 6x), and neither may
# end at the analysis deadline (analysis-timeout, which would block it).
echo "long programs (ordinary programs joined), airlock check, median of 5 (CPU ms):"
for lang in python javascript bash; do
	case $lang in python) ext=py ;; javascript) ext=js ;; *) ext=sh ;; esac
	python3 - "$build/airlock" "$lang" "$ext" "$work" <<'PY'
import glob, os, resource, subprocess, sys, time
airlock, lang, ext, work = sys.argv[1:5]
files = sorted(glob.glob("tests/data/policy/benign/%s/*.%s" % (lang, ext)))
def joined(lines):
    out, n = [], 0
    for f in files:
        if n >= lines:
            break
        t = open(f).read()
        if ext == "sh" and t.startswith("#!"):
            t = t.split("\n", 1)[1] if "\n" in t else ""
        out.append(t if t.endswith("\n") else t + "\n")
        n += t.count("\n")
    path = os.path.join(work, "long%d.%s" % (lines, ext))
    open(path, "w").write("".join(out))
    return path, n
res = {}
for lines in (1000, 4000):
    path, n = joined(lines)
    cpu, timeout = [], False
    for _ in range(5):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        r = subprocess.run([airlock, "check", "--json", path], capture_output=True, text=True)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append((after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000)
        timeout |= "analysis-timeout" in r.stdout
    cpu.sort()
    res[lines] = (n, cpu[2], timeout)
(n1, t1, x1), (n4, t4, x4) = res[1000], res[4000]
ratio = t4 / t1 if t1 else 0
ok = ratio <= 6 and not x1 and not x4
print("  %-10s %d lines %.0f ms%s, %d lines %.0f ms%s -> %.1fx for %.1fx the lines (target <= 6x, no analysis-timeout: %s)"
      % (lang, n1, t1, " (analysis-timeout)" if x1 else "", n4, t4, " (analysis-timeout)" if x4 else "",
         ratio, n4 / n1, "met" if ok else "NOT met"))
PY
done
