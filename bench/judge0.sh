#!/usr/bin/env bash
# Benchmark of the Judge0 front end: POST /judge0/submissions?wait=true
# against POST /v1/executions, the same Python hello at the same
# concurrency on the same server, in interleaved rounds of this run.
# Targets: Judge0 rate >= 0.95 x /v1's; p50 added <= 1 ms.
set -eu
build=${1:-build}
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
bin="$top/$build/airlock"
n=${BENCH_SERVE_CLIENTS:-$(nproc)}
count=${BENCH_JUDGE0_COUNT:-200}
rounds=${BENCH_JUDGE0_ROUNDS:-3}
. bench/lib.sh
bench_dir judge0
bench_serve "$n"

python3 - "$port" "$key" "$count" "$n" "$rounds" <<'PY'
import json, statistics, sys
sys.path.insert(0, "bench")
from http_load import post_load

port, key, count, clients, rounds = sys.argv[1], sys.argv[2], *map(int, sys.argv[3:6])
KINDS = {
    "v1": ("/v1/executions", {"language": "python", "code": 'print("hi")'},
           {"Authorization": "Bearer " + key}),
    "judge0": ("/judge0/submissions?wait=true", {"language_id": 71, "source_code": 'print("hi")'},
               {"X-Auth-Token": key}),
}


def drive(kind, total):
    path, body, headers = KINDS[kind]
    headers = dict(headers, **{"Content-Type": "application/json"})
    return post_load("http://127.0.0.1:%s" % port, path, json.dumps(body).encode(), headers,
                     total, clients, lambda status, data: status == 201)


for kind in KINDS:  # warm-up
    drive(kind, 20)
res = {k: {"s": 0.0, "lat": [], "errors": []} for k in KINDS}
for _ in range(rounds):
    for kind in KINDS:
        s, lat, errors = drive(kind, count)
        res[kind]["s"] += s
        res[kind]["lat"] += lat
        res[kind]["errors"] += errors
print("judge0: Python hello, %d x %d requests, %d concurrent clients:" % (rounds, count, clients))
rate = {}
for kind, r in res.items():
    rate[kind] = rounds * count / r["s"]
    print("  %-38s %7.1f /s   p50 %.1f ms, p99 %.1f ms, errors %d"
          % ("POST " + KINDS[kind][0], rate[kind], statistics.median(r["lat"]),
             sorted(r["lat"])[int(len(r["lat"]) * 0.99) - 1], len(r["errors"])))
ratio = rate["judge0"] / rate["v1"]
added = statistics.median(res["judge0"]["lat"]) - statistics.median(res["v1"]["lat"])
print("  Judge0 / v1: %.2fx (target >= 0.95); p50 added %.2f ms (target <= 1)" % (ratio, added))
ok = not res["v1"]["errors"] and not res["judge0"]["errors"] and ratio >= 0.95 and added <= 1
print("judge0: %s" % ("ok" if ok else "BELOW TARGET"))
sys.exit(0 if ok else 1)
PY
