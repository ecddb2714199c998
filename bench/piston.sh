#!/usr/bin/env bash
# Benchmark of Piston's /piston/api/v2/execute against /v1/executions, in
# the same run, on the same server, at the same concurrency: a Python
# hello, BENCH_PISTON_COUNT executions per round and API, alternating.
# Targets: Piston's rate >= 0.95 x /v1's; its p50 adds <= 1 ms.
set -eu
build=${1:-build}
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
bin="$top/$build/airlock"
n=${BENCH_PISTON_CLIENTS:-$(nproc)}
count=${BENCH_PISTON_COUNT:-200}
rounds=${BENCH_PISTON_ROUNDS:-3}
. bench/lib.sh
bench_dir piston
bench_serve "$n"
python3 bench/piston_client.py "http://127.0.0.1:$port" "$key" 20 "$n" 1 >/dev/null # warm-up
out=$(python3 bench/piston_client.py "http://127.0.0.1:$port" "$key" "$count" "$n" "$rounds")
python3 - "$out" "$count" "$n" "$rounds" <<'PY'
import json, sys
r, count, n, rounds = json.loads(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
v1, p = r["v1"], r["piston"]
print("piston: Python hello, %d rounds of %d executions per API, %d concurrent clients:"
      % (rounds, count, n))
for name, x in (("/v1/executions", v1), ("/piston/api/v2/execute", p)):
    print("  %-24s %7.1f /s   p50 %s ms, p99 %s ms, errors %d" % (name, x["per_s"], x["p50_ms"],
                                                               x["p99_ms"], x["errors"]))
ratio = p["per_s"] / v1["per_s"] if v1["per_s"] else 0
added = p["p50_ms"] - v1["p50_ms"]
print("  Piston / v1: %.3fx (target >= 0.95); p50 added %.2f ms (target <= 1)" % (ratio, added))
ok = v1["errors"] == 0 and p["errors"] == 0 and ratio >= 0.95 and added <= 1.0
print("piston: %s" % ("ok" if ok else "BELOW TARGET"))
sys.exit(0 if ok else 1)
PY
