#!/usr/bin/env bash
# run_code("1+1") in a live code context, p50 and p99 over N cells, three
# ways on the same server in the same run: /v1's context run, E2B's
# /execute (NDJSON, streamed) in the same sandbox, and as the baseline an
# `exec true` in the same sandbox (a command, for scale).
# Target (issue 13): run_code p50 <= 2 ms over /v1 and over /e2b.
set -eu
build=${1:-build}
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
bin="$top/$build/airlock"
count=${BENCH_E2B_COUNT:-300}
. bench/lib.sh
bench_dir e2b
bench_serve 2
python3 - "$url" "$key" "$count" <<'PY'
import http.client, json, sys, time
url, key, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
host, port = url.split("//")[1].split(":")
conn = http.client.HTTPConnection(host, int(port))

def call(method, path, body=None, headers=None):
    h = {"Authorization": "Bearer " + key, "Content-Type": "application/json"}
    h.update(headers or {})
    conn.request(method, path, body=json.dumps(body) if body is not None else None, headers=h)
    r = conn.getresponse()
    data = r.read()
    if r.status >= 300:
        raise SystemExit("bench e2b: %s %s -> %d %s" % (method, path, r.status, data[:200]))
    return data

sb = json.loads(call("POST", "/v1/sandboxes", {"timeout_s": 600}))["id"]
ctx = json.loads(call("POST", "/v1/sandboxes/%s/contexts" % sb, {"language": "python"}))["id"]
e2b = {"E2b-Sandbox-Id": sb, "E2b-Sandbox-Port": "49999", "X-API-KEY": "e2b_" + key[3:]}

def v1():
    out = json.loads(call("POST", "/v1/sandboxes/%s/contexts/%s/run" % (sb, ctx), {"code": "1+1"}))
    assert out["outputs"][0]["data"]["text/plain"] == "2", out
def execute():
    lines = call("POST", "/e2b/execute", {"code": "1+1"}, e2b).decode().splitlines()
    assert any('"text":"2"' in l for l in lines), lines
def exec_true():
    out = json.loads(call("POST", "/v1/sandboxes/%s/exec" % sb, {"command": "true"}))
    assert out["status"] == "ok", out

def measure(fn):
    for _ in range(20):
        fn()
    ts = []
    for _ in range(count):
        t = time.perf_counter()
        fn()
        ts.append((time.perf_counter() - t) * 1000)
    ts.sort()
    return ts[len(ts) // 2], ts[int(len(ts) * 0.99) - 1]

res = {}
for name, fn in (("exec true (/v1)", exec_true), ("run_code /v1", v1), ("run_code /e2b", execute)):
    res[name] = measure(fn)
call("DELETE", "/v1/sandboxes/" + sb)
base = res["exec true (/v1)"][0]
print("e2b: run_code(\"1+1\") in a live Python context, %d cells each, same sandbox:" % count)
for name, (p50, p99) in res.items():
    print("  %-18s p50 %6.2f ms  p99 %6.2f ms  (%.2fx exec true)" % (name, p50, p99, p50 / base))
ok = res["run_code /v1"][0] <= 2.0 and res["run_code /e2b"][0] <= 2.0
print("e2b: %s (target: run_code p50 <= 2 ms over /v1 and /e2b)" % ("ok" if ok else "BELOW TARGET"))
sys.exit(0 if ok else 1)
PY
