#!/usr/bin/env bash
# What the spawner costs a cold run through the service (docs/warm.md, "The
# spawner"): `bash exit 0` through /v1/executions, one client at a time,
# against two servers started side by side in this run -- one whose cold
# runs are cloned by airlock-spawner (the default), one with `spawner:
# false` (cloned by the server itself, whose memory each sandbox's pid 1
# would then share). Rounds alternate between them. Prints p50 and
# executions/s of each and their ratio; then the same for a sandbox that
# lives: create -> `exec true` -> delete (its init is cloned by the
# spawner too).
# Target: the spawner costs nothing: p50 ratios <= 1.05.
set -eu
build=${1:-build}
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
bin="$top/$build/airlock"
count=${BENCH_SPAWNER_COUNT:-100}
rounds=${BENCH_SPAWNER_ROUNDS:-3}
. bench/lib.sh
bench_dir spawner
# start NAME SPAWNER: a server in $dir/NAME; its port and key in $dir/NAME.*
start() {
	bench_serve 2 "spawner: $2"$'\n'"pool: {}"$'\n' "$1"
	echo "$port" >"$dir/$1.port"
	echo "$key" >"$dir/$1.key"
}
start spawner true
start server false

drive() { # NAME -> one JSON line
	python3 tests/load/client.py "http://127.0.0.1:$(cat "$dir/$1.port")" "$(cat "$dir/$1.key")" "$count" 1 \
		bash 'exit 0'
}
# create -> exec -> delete, COUNT/4 times: p50 ms
lifecycle() { # NAME -> p50
	python3 - "$(cat "$dir/$1.port")" "$(cat "$dir/$1.key")" "$((count / 4))" <<'PY'
import http.client, json, statistics, sys, time
port, key, n = int(sys.argv[1]), sys.argv[2], int(sys.argv[3])
c = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
H = {"Authorization": "Bearer " + key, "Content-Type": "application/json"}
def call(m, path, body=None):
    c.request(m, path, json.dumps(body) if body is not None else None, H)
    r = c.getresponse()
    d = r.read()
    if r.status not in (200, 201, 204):
        raise SystemExit("%s %s: %d %s" % (m, path, r.status, d[:200]))
    return json.loads(d) if d else None
t = []
for _ in range(n):
    t0 = time.perf_counter()
    sb = call("POST", "/v1/sandboxes", {})["id"]
    call("POST", "/v1/sandboxes/%s/exec" % sb, {"command": "true"})
    call("DELETE", "/v1/sandboxes/%s" % sb)
    t.append((time.perf_counter() - t0) * 1000)
print("%.2f" % statistics.median(t))
PY
}
drive spawner >/dev/null
drive server >/dev/null
for r in $(seq "$rounds"); do
	drive spawner >"$dir/spawner.$r.json"
	drive server >"$dir/server.$r.json"
	lifecycle spawner >"$dir/spawner.$r.box"
	lifecycle server >"$dir/server.$r.box"
done

python3 - "$dir" "$rounds" "$count" <<'PY'
import json, statistics as st, sys
d, rounds, count = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
res = {n: [json.load(open("%s/%s.%d.json" % (d, n, r))) for r in range(1, rounds + 1)]
       for n in ("spawner", "server")}
print("spawner: a cold bash run (exit 0) through the service, %d rounds of %d, one client:"
      % (rounds, count))
for n, label in (("spawner", "cloned by airlock-spawner"), ("server", "cloned by the server")):
    p50 = [x["p50_ms"] for x in res[n]]
    rate = [x["per_s"] for x in res[n]]
    print("  %-27s p50 %s ms, %s /s" % (label, ", ".join("%.2f" % v for v in p50),
                                         ", ".join("%.1f" % v for v in rate)))
errors = sum(x["errors"] for n in res for x in res[n])
ratio = st.median(x["p50_ms"] for x in res["spawner"]) / st.median(x["p50_ms"] for x in res["server"])
print("  p50 spawner / server: %.2fx (target <= 1.05), errors %d" % (ratio, errors))
box = {n: [float(open("%s/%s.%d.box" % (d, n, r)).read()) for r in range(1, rounds + 1)]
       for n in ("spawner", "server")}
print("a sandbox: create -> exec true -> delete, %d rounds of %d:" % (rounds, count // 4))
for n, label in (("spawner", "cloned by airlock-spawner"), ("server", "cloned by the server")):
    print("  %-27s p50 %s ms" % (label, ", ".join("%.2f" % v for v in box[n])))
box_ratio = st.median(box["spawner"]) / st.median(box["server"])
print("  p50 spawner / server: %.2fx (target <= 1.05)" % box_ratio)
ok = errors == 0 and ratio <= 1.05 and box_ratio <= 1.05
print("spawner: %s" % ("ok" if ok else "BELOW TARGET"))
sys.exit(0 if ok else 1)
PY
