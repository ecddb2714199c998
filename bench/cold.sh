#!/usr/bin/env bash
# The cold path against the other kernel sandboxes, measured in one run:
#
#   1. throughput: Python print("hi") with 2 workers, each running its
#      programs one after another (as a judge's or a pipeline's workers do),
#      bare, in bubblewrap, in isolate (when one is installed) and through
#      `airlock run`; rounds in shuffled order, median programs per second.
#      Target: airlock's >= isolate's, or, without isolate, >= bubblewrap's
#      (docs/performance.md, finding 8).
#   2. start-up of one program at a time, shuffled rounds (bench/interleave.py):
#      the time each adds to bare python3, isolate's beside airlock's.
#
# isolate is not a Debian package: set ISOLATE to a built isolate
# (https://github.com/ioi/isolate, `make isolate CONFIG=/path/isolate.cf`,
# whose config's box_root and lock_root are writable), or have `isolate` on
# PATH; its boxes 90 and 91 are used and cleaned up. isolate runs without
# --cg (its cgroup mode needs cgroup v2): no cgroup, less work than airlock's.
set -eu
build=${1:-build}
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
command -v bwrap >/dev/null || { echo "cold.sh needs bwrap (apt-get install bubblewrap)" >&2; exit 1; }
isolate=${ISOLATE:-$(command -v isolate || true)}
[ "$(id -u)" = 0 ] || isolate=
work=$(mktemp -d /tmp/airlock-bench-cold.XXXXXX)
boxes=()
cleanup() {
	for b in "${boxes[@]}"; do "$isolate" --box-id="$b" --cleanup >/dev/null 2>&1 || true; done
	rm -rf "$work"
}
trap cleanup EXIT
printf 'print("hi")\n' >"$work/hello.py"
chmod -R a+rX "$work"

# The same bubblewrap as bench/run.sh's: comparable isolation, no cgroup,
# no seccomp policy.
bw="bwrap --unshare-all --die-with-parent --new-session --cap-drop ALL
	--ro-bind /usr /usr --symlink usr/bin /bin --symlink usr/sbin /sbin
	--symlink usr/lib /lib --symlink usr/lib64 /lib64
	--ro-bind /etc/ld.so.cache /etc/ld.so.cache --ro-bind /etc/alternatives /etc/alternatives
	--proc /proc --dev /dev --tmpfs /tmp --tmpfs /work --ro-bind $work /src --chdir /work
	--clearenv --setenv PATH /usr/bin:/bin --setenv HOME /work --hostname airlock"

if [ -n "$isolate" ]; then
	for b in 90 91; do
		dir=$("$isolate" --box-id=$b --init 2>/dev/null) || { echo "isolate: --init of box $b failed; measuring without it" >&2; isolate=; break; }
		boxes+=("$b")
		cp "$work/hello.py" "$dir/box/hello.py"
	done
fi
[ -n "$isolate" ] || echo "isolate: not installed (set ISOLATE=/path/to/isolate to compare with it)"

rc=0
python3 - "$work" "$build" "$bw" "$isolate" "${BENCH_COLD_ROUNDS:-12}" "${BENCH_COLD_RUNS:-20}" <<'PY' || rc=$?
import json, os, random, statistics as st, subprocess, sys, threading, time
work, build, bw, isolate, rounds, runs = sys.argv[1], sys.argv[2], sys.argv[3].split(), sys.argv[4], int(sys.argv[5]), int(sys.argv[6])

def argv(tool, worker):
    if tool == "bare":
        return ["/usr/bin/python3", work + "/hello.py"]
    if tool == "bubblewrap":
        return bw + ["/usr/bin/python3", "/src/hello.py"]
    if tool == "isolate":
        return [isolate, "--box-id=%d" % (90 + worker), "--silent", "--run", "--", "/usr/bin/python3", "hello.py"]
    return [build + "/airlock", "run", work + "/hello.py"]

def one(cmd):
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
    if p.returncode != 0 or b"hi" not in p.stdout:
        raise SystemExit("cold.sh: failed: %r (exit %d)" % (cmd, p.returncode))

def rate(tool):
    """Two workers, `runs` programs each; programs per second over the wall time."""
    ws = [threading.Thread(target=lambda w=w: [one(argv(tool, w)) for _ in range(runs)]) for w in range(2)]
    t = time.perf_counter()
    for w in ws: w.start()
    for w in ws: w.join()
    return 2 * runs / (time.perf_counter() - t)

tools = ["bare", "bubblewrap", "airlock"] + (["isolate"] if isolate else [])
for tool in tools:
    one(argv(tool, 0)); one(argv(tool, 1))
rates = {t: [] for t in tools}
for _ in range(rounds):
    random.shuffle(tools)
    for t in tools:
        rates[t].append(rate(t))
med = {t: st.median(v) for t, v in rates.items()}
print("cold path, Python hello with 2 workers, median of %d rounds of %d programs:" % (rounds, 2 * runs))
for t in ["bare", "bubblewrap", "isolate", "airlock"]:
    if t in med:
        print("  %-11s %7.1f programs/s  (%.2fx bare)" % (t, med[t], med[t] / med["bare"]))
base = "isolate" if "isolate" in med else "bubblewrap"
ratio = med["airlock"] / med[base]
print("  airlock / %s = %.2f (target >= 1.00: %s)" % (base, ratio, "met" if ratio >= 1.0 else "NOT met"))

spec = {"commands": {"bare-python": argv("bare", 0), "bwrap-python": argv("bubblewrap", 0),
                     "airlock-python": argv("airlock", 0)},
        "base": {"bwrap-python": "bare-python", "airlock-python": "bare-python"}}
if isolate:
    spec["commands"]["isolate-python"] = argv("isolate", 0)
    spec["base"]["isolate-python"] = "bare-python"
json.dump(spec, open(work + "/spec.json", "w"))
sys.exit(0 if ratio >= 1.0 else 1)
PY
rounds=${BENCH_ROUNDS:-100}
python3 bench/interleave.py "$work/spec.json" "$rounds" "$work/shuffled.json" >/dev/null
python3 - "$work/shuffled.json" "$rounds" <<'PY'
import json, sys
res, rounds = json.load(open(sys.argv[1]))["res"], int(sys.argv[2])
print("start-up of Python hello alone, shuffled rounds, median of %d: added to bare python3 (%.2f ms):"
      % (rounds, res["bare-python"]["median"]))
for k, name in (("bwrap-python", "bubblewrap"), ("isolate-python", "isolate"), ("airlock-python", "airlock")):
    if k in res:
        print("  %-11s +%.2f ms" % (name, res[k]["added"]))
PY
exit $rc
