#!/usr/bin/env bash
# Benchmark of MCP's run_code round trip (a Python hello), N at a time:
# over HTTP (POST /mcp tools/call) and over stdio (`airlock mcp`, N calls in
# flight), each against POST /v1/executions with the same N and the same
# number of workers, all measured in this run.
# Targets: rate >= 0.95 x /v1's; p50 added <= 1 ms.
set -eu
build=${1:-build}
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
bin="$top/$build/airlock"
n=${BENCH_MCP_CLIENTS:-$(nproc)}
count=${BENCH_MCP_COUNT:-300}
. bench/lib.sh
bench_dir mcp
# no quotas: the stdio server below reads the same file
bench_serve "$n" $'quotas:\n  per_minute: 0\n  per_day: 0\n  concurrent: 0\n  cpu_seconds_per_day: 0\n'
c=bench/mcp_client.py
python3 $c v1 "$url" "$key" 20 "$n" >/dev/null # warm-up
# interleaved, so that a drift of the machine touches both alike
v1a=$(python3 $c v1 "$url" "$key" "$count" "$n")
http=$(python3 $c http "$url" "$key" "$count" "$n")
v1b=$(python3 $c v1 "$url" "$key" "$count" "$n")
# the same file, but warm templates of its own (the server above owns pool/)
sed "s#^pool_dir: .*#pool_dir: $dir/mcp-pool#" "$dir/airlock.yaml" >"$dir/mcp.yaml"
stdio=$(python3 $c stdio "$bin" "$count" "$n" --config "$dir/mcp.yaml")

python3 - "$n" "$v1a" "$v1b" "$http" "$stdio" <<'PY'
import json, sys
n = int(sys.argv[1])
v1a, v1b, http, stdio = (json.loads(x) for x in sys.argv[2:6])
v1 = {"per_s": (v1a["per_s"] + v1b["per_s"]) / 2, "p50_ms": (v1a["p50_ms"] + v1b["p50_ms"]) / 2}
print("mcp: run_code round trip, Python hello, %d at a time:" % n)
print("  /v1/executions     %7.1f /s   p50 %6.2f ms" % (v1["per_s"], v1["p50_ms"]))
ok = True
for name, r in (("MCP over HTTP", http), ("MCP over stdio", stdio)):
    ratio = r["per_s"] / v1["per_s"]
    added = r["p50_ms"] - v1["p50_ms"]
    print("  %-18s %7.1f /s   p50 %6.2f ms, p99 %6.2f ms, errors %d -> %.2fx /v1, p50 %+.2f ms"
          % (name, r["per_s"], r["p50_ms"], r["p99_ms"], r["errors"], ratio, added))
    ok &= r["errors"] == 0 and ratio >= 0.95 and added <= 1.0
print("mcp targets (>= 0.95x /v1, p50 added <= 1 ms): %s" % ("met" if ok else "NOT met"))
PY
