#!/usr/bin/env bash
# Sandboxes that live, through the engine's API (bench/box_lib.c): create a
# box, `exec echo hi` (bash -lc) and `/bin/true` (argv) in it, a 64 KiB file
# written and read back, destroy; against `bash -c 'echo hi'` started bare on
# the host in the same run. Target (issue: sandboxes that live): `exec echo`
# in a live box <= 2 ms at p50; printed with the bare shell's own cost.
set -eu
build=${1:-build}
work=$(mktemp -d /tmp/airlock-bench-box.XXXXXX)
trap 'rm -rf "$work"' EXIT
prog="$build/bench/box_lib"
[ -x "$prog" ] || { echo "bench: $prog is missing: run make bench" >&2; exit 1; }
runs=${BENCH_RUNS:-200}
echo "live boxes (engine), $runs commands each, ms:"
"$prog" "$runs" >"$work/out"
sed 's/^/  /' "$work/out"
awk '$1 == "exec_echo" { e = $3 } $1 == "exec_true" { t = $3 } $1 == "bare_bash_echo" { b = $3 }
$1 == "run_code" { c = $3 } $1 == "context_pss_kb" { p = $2 / 1024 }
END {
	printf "  exec echo in a box: %.2f ms = %.2fx a bare bash -c (%.2f ms); /bin/true: %.2f ms (target <= 2 ms: %s)\n",
		e, e / b, b, t, e <= 2 ? "met" : "NOT met"
	printf "  run_code(\"1+1\") in a live Python context: %.2f ms (target <= 2 ms: %s)\n", c, c <= 2 ? "met" : "NOT met"
	printf "  PSS of a box with one Python context: %.1f MB (target <= 30 MB: %s)\n", p, p <= 30 ? "met" : "NOT met"
}' "$work/out"
