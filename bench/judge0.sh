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
dir=$(mktemp -d /tmp/airlock-bench-judge0.XXXXXX)
pid=
cleanup() {
	[ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
	rm -rf "$dir"
}
trap cleanup EXIT

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
key=$("$bin" keys create --name bench --quota per-minute=0,per-day=0,concurrent=0,cpu-seconds=0 \
	--data-dir "$dir" 2>/dev/null | head -1)
printf 'workers: %s\nqueue_size: 256\n' "$n" >"$dir/airlock.yaml"
"$bin" serve --config "$dir/airlock.yaml" --listen "127.0.0.1:$port" --data-dir "$dir" \
	2>/dev/null &
pid=$!
for _ in $(seq 100); do
	python3 -c "import sys, http.client as h; c = h.HTTPConnection('127.0.0.1', int(sys.argv[1]), timeout=1); c.request('GET', '/healthz'); sys.exit(c.getresponse().status != 200)" \
		"$port" 2>/dev/null && break
	sleep 0.05
done

python3 - "$port" "$key" "$count" "$n" "$rounds" <<'PY'
import http.client, json, statistics, sys, threading, time

port, key, count, clients, rounds = sys.argv[1], sys.argv[2], *map(int, sys.argv[3:6])
KINDS = {
    "v1": ("/v1/executions", {"language": "python", "code": 'print("hi")'},
           {"Authorization": "Bearer " + key}),
    "judge0": ("/judge0/submissions?wait=true", {"language_id": 71, "source_code": 'print("hi")'},
               {"X-Auth-Token": key}),
}


def drive(kind, total):
    path, body, headers = KINDS[kind]
    body = json.dumps(body).encode()
    headers = dict(headers, **{"Content-Type": "application/json"})
    lock, lat, errors, left = threading.Lock(), [], [], [total]

    def worker():
        conn = http.client.HTTPConnection("127.0.0.1", int(port), timeout=120)
        while True:
            with lock:
                if left[0] == 0:
                    return
                left[0] -= 1
            t0 = time.monotonic()
            conn.request("POST", path, body, headers)
            r = conn.getresponse()
            data = r.read()
            with lock:
                if r.status != 201:
                    errors.append("%d %s" % (r.status, data[:100]))
                else:
                    lat.append((time.monotonic() - t0) * 1000)

    t0 = time.monotonic()
    ts = [threading.Thread(target=worker) for _ in range(clients)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    return time.monotonic() - t0, lat, errors


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
