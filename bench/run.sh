#!/usr/bin/env bash
# airlock benchmarks. Every number is measured in this run, against
# baselines measured in the same run on the same machine, and printed as a
# ratio, so a slow machine changes the numbers but not their meaning.
#
#   1. start-up: a /bin/true-like program (bash `exit 0`) and Python
#      print("hi"): bare, in bubblewrap with comparable isolation, in airlock;
#      one after another (hyperfine), then in shuffled rounds. Targets:
#      airlock's overhead <= 0.5 x bubblewrap's; Python hello <= 1.15 x
#      bare python3; in shuffled rounds, airlock's overhead <= bubblewrap's.
#   2. every other bench/*.sh found (the service, the policy layer, the
#      HumanEval-like set of bench/evalset.sh, the warm path's goals of
#      bench/warm.sh).
set -eu
build=${1:-build}
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
for tool in hyperfine bwrap; do
	command -v $tool >/dev/null || {
		[ "$(id -u)" = 0 ] || { echo "bench needs $tool (apt-get install hyperfine bubblewrap)" >&2; exit 1; }
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hyperfine bubblewrap >/dev/null
	}
done
runs=${BENCH_RUNS:-200}
work=$(mktemp -d /tmp/airlock-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
printf 'exit 0\n' >"$work/true.sh"
printf 'print("hi")\n' >"$work/hello.py"
chmod -R a+rX "$work"

# bubblewrap with isolation comparable to airlock's: every namespace, a
# read-only /usr and friends, fresh /proc, minimal /dev, tmpfs scratch, no
# capabilities, a new session, a clean environment, dies with its parent.
# (bubblewrap has no built-in seccomp policy or cgroup limits: airlock does
# more work per run than this.)
bw=(bwrap --unshare-all --die-with-parent --new-session --cap-drop ALL
	--ro-bind /usr /usr --symlink usr/bin /bin --symlink usr/sbin /sbin
	--symlink usr/lib /lib --symlink usr/lib64 /lib64
	--ro-bind /etc/ld.so.cache /etc/ld.so.cache --ro-bind /etc/alternatives /etc/alternatives
	--proc /proc --dev /dev --tmpfs /tmp --tmpfs /work --ro-bind "$work" /src --chdir /work
	--clearenv --setenv PATH /usr/bin:/bin --setenv HOME /work --hostname airlock)

json="$work/results.json"
hyperfine -N --warmup 10 --runs "$runs" --style none 2>/dev/null --export-json "$json" \
	-n bare-true "/bin/bash $work/true.sh" \
	-n bwrap-true "${bw[*]} /bin/bash /src/true.sh" \
	-n airlock-true "$build/airlock run $work/true.sh" \
	-n bare-python "/usr/bin/python3 $work/hello.py" \
	-n bwrap-python "${bw[*]} /usr/bin/python3 /src/hello.py" \
	-n airlock-python "$build/airlock run $work/hello.py" >/dev/null

python3 - "$json" <<'PY'
import json, sys
r = {x["command"]: x for x in json.load(open(sys.argv[1]))["results"]}
m = {k: v["mean"] * 1000 for k, v in r.items()}
md = {k: v["median"] * 1000 for k, v in r.items()}
print("start-up, mean of %d runs (median in brackets), ms:" % len(r["bare-true"]["times"]))
for k in ["bare-true", "bwrap-true", "airlock-true", "bare-python", "bwrap-python", "airlock-python"]:
    print("  %-15s %8.2f  (%.2f)" % (k, m[k], md[k]))
ok = True
for prog in ["true", "python"]:
    for label, v in (("mean", m), ("median", md)):
        a = v["airlock-" + prog] - v["bare-" + prog]
        b = v["bwrap-" + prog] - v["bare-" + prog]
        ratio = a / b if b > 0 else float("inf")
        print("  %-6s overhead (%s): airlock %.2f ms, bubblewrap %.2f ms -> ratio %.2f (target <= 0.50)"
              % (prog, label, a, b, ratio))
        ok &= ratio <= 0.5
for label, v in (("mean", m), ("median", md)):
    py = v["airlock-python"] / v["bare-python"]
    print("  python hello (%s): airlock / bare python3 = %.3f (target <= 1.15)" % (label, py))
    ok &= py <= 1.15
print("start-up targets:", "met" if ok else "NOT met")
PY

# The same commands in shuffled rounds (bench/interleave.py: each round
# runs every command once, in a new order), as a run is started in use:
# after something else. hyperfine's runs above follow one another, and
# kernel state one run leaves warm for the next (an RCU-synchronised lock
# of the cgroup core, docs/performance.md finding 7) is not warm for a
# run that comes alone.
python3 - "$work" "${bw[*]}" "$build" <<'PY' >"$work/spec.json"
import json, sys
work, bw, build = sys.argv[1], sys.argv[2].split(), sys.argv[3]
c = {"bare-true": ["/bin/bash", work + "/true.sh"], "bwrap-true": bw + ["/bin/bash", "/src/true.sh"],
     "airlock-true": [build + "/airlock", "run", work + "/true.sh"],
     "bare-python": ["/usr/bin/python3", work + "/hello.py"],
     "bwrap-python": bw + ["/usr/bin/python3", "/src/hello.py"],
     "airlock-python": [build + "/airlock", "run", work + "/hello.py"]}
base = {k: "bare-" + k.split("-")[1] for k in c if not k.startswith("bare")}
json.dump({"commands": c, "base": base}, sys.stdout)
PY
rounds=${BENCH_ROUNDS:-100}
python3 bench/interleave.py "$work/spec.json" "$rounds" "$work/shuffled.json" >/dev/null
python3 - "$work/shuffled.json" "$rounds" <<'PY'
import json, sys
res, rounds = json.load(open(sys.argv[1]))["res"], int(sys.argv[2])
print("start-up, shuffled rounds (every command once a round, in a new order), median of %d, ms:" % rounds)
for k in ["bare-true", "bwrap-true", "airlock-true", "bare-python", "bwrap-python", "airlock-python"]:
    print("  %-15s %8.2f  (mean %.2f, p90 %.2f)" % (k, res[k]["median"], res[k]["mean"], res[k]["p90"]))
ok = True
for prog in ["true", "python"]:
    a, b = res["airlock-" + prog]["added"], res["bwrap-" + prog]["added"]
    ratio = a / b if b > 0 else float("inf")
    print("  %-6s overhead: airlock %.2f ms, bubblewrap %.2f ms -> ratio %.2f (target <= 1.00: %s)"
          % (prog, a, b, ratio, "met" if ratio <= 1.0 else "NOT met"))
    ok &= ratio <= 1.0
print("start-up, shuffled: airlock's overhead at most bubblewrap's:", "met" if ok else "NOT met")
PY

# Each runs to its end, whatever another printed or how it exited (one
# that misses a target exits 1); the ones that exited non-zero are named
# at the end, and make bench fails with them.
failed=()
for extra in bench/*.sh; do
	[ "$extra" = bench/run.sh ] && continue
	[ -x "$extra" ] || continue
	echo
	"$extra" "$build" || failed+=("$extra (exit $?)")
done
echo
if [ ${#failed[@]} -gt 0 ]; then
	printf 'bench: exited non-zero (a target missed or the benchmark failed): %s\n' "${failed[*]}"
	exit 1
fi
echo "bench: every benchmark ran"
