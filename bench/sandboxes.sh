#!/usr/bin/env bash
# Sandboxes that live, through the service's HTTP API (/v1/sandboxes), one
# client on a keep-alive connection, against `POST /v1/executions` of the
# same bash command on the same server in the same run:
#   - `exec echo hi` in a live sandbox, p50 (issue's target <= 2 ms; the
#     HTTP round trip is in it), as a ratio of an execution's p50, and of
#     its floor: the same `bash -c 'echo hi'` started bare on the host (no
#     sandbox, no server) with the sandbox's locale, spawned from here;
#   - create -> first exec -> destroy, p50, as a ratio of an execution's;
#   - 50 live sandboxes at once: created, each runs a command, all deleted,
#     without an error.
set -eu
build=${1:-build}
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
bin="$top/$build/airlock"
. bench/lib.sh
bench_dir sandboxes
runs=${BENCH_RUNS:-200}
bench_serve 2 "max_sandboxes: 60"$'\n'"max_sandboxes_per_key: 60"$'\n'
python3 - "$url" "$key" "$runs" <<'PY'
import http.client, json, os, statistics, sys, time, urllib.parse

url, key, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
u = urllib.parse.urlparse(url)
conn = http.client.HTTPConnection(u.hostname, u.port, timeout=60)
H = {"Authorization": "Bearer " + key, "Content-Type": "application/json"}
errors = 0

def call(method, path, body=None, want=(200, 201)):
    global errors
    conn.request(method, path, json.dumps(body) if body is not None else None, H)
    r = conn.getresponse()
    data = r.read()
    if r.status not in want:
        errors += 1
        print("  error: %s %s -> %d %s" % (method, path, r.status, data[:200]), file=sys.stderr)
        return None
    return json.loads(data) if data else None

def p50(f, n):
    t = []
    for _ in range(n):
        t0 = time.perf_counter()
        f()
        t.append((time.perf_counter() - t0) * 1000)
    return statistics.median(t)

def execution():
    r = call("POST", "/v1/executions", {"language": "bash", "code": "echo hi"})
    if r and r.get("status") != "ok":
        raise SystemExit("execution: %s" % r)

sb = call("POST", "/v1/sandboxes")["id"]
def exec_echo():
    r = call("POST", "/v1/sandboxes/%s/exec" % sb, {"command": "echo hi"})
    if r and r.get("stdout") != "hi\n":
        raise SystemExit("exec: %s" % r)

def lifecycle():
    s = call("POST", "/v1/sandboxes")
    if s:
        call("POST", "/v1/sandboxes/%s/exec" % s["id"], {"command": "echo hi"})
        call("DELETE", "/v1/sandboxes/%s" % s["id"])

# the floor: what the command itself costs on this machine, bare
BARE_ENV = {"PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": "/tmp", "LANG": "C.UTF-8",
            "LC_ALL": "C.UTF-8", "TERM": "dumb"}
def bare_bash():
    pid = os.posix_spawn("/bin/bash", ["bash", "-c", "echo hi >/dev/null"], BARE_ENV)
    os.waitpid(pid, 0)

for f in (execution, exec_echo, lifecycle, bare_bash):  # warm up
    for _ in range(5):
        f()
ex = p50(execution, runs)
ee = p50(exec_echo, runs)
bare = p50(bare_bash, runs)
lc = p50(lifecycle, max(runs // 4, 10))
call("DELETE", "/v1/sandboxes/%s" % sb)

t0 = time.perf_counter()
ids = []
for _ in range(50):
    s = call("POST", "/v1/sandboxes")
    if s:
        ids.append(s["id"])
for i in ids:
    call("POST", "/v1/sandboxes/%s/exec" % i, {"command": "echo hi"})
live = call("GET", "/v1/sandboxes")
running = sum(1 for s in (live or {}).get("sandboxes", []) if s["state"] == "running")
for i in ids:
    call("DELETE", "/v1/sandboxes/%s" % i)
fifty = (time.perf_counter() - t0) * 1000

print("sandboxes (HTTP API, one keep-alive client), p50 of %d, ms:" % runs)
print("  POST /v1/executions bash echo    %8.2f   (baseline)" % ex)
print("  exec echo in a live sandbox      %8.2f   = %.2fx an execution (target <= 2 ms: %s)"
      % (ee, ee / ex, "met" if ee <= 2 else "NOT met"))
print("  bare bash -c 'echo hi' on the host %6.2f   (its floor: exec echo = %.2fx, %+.2f ms)"
      % (bare, ee / bare, ee - bare))
print("  create -> exec -> destroy        %8.2f   = %.2fx an execution" % (lc, lc / ex))
print("  50 live at once: %d running together, %.0f ms for all, errors %d"
      % (running, fifty, errors))
ok = errors == 0 and running == 50
print("sandboxes: %s" % ("ok" if ok else "FAILED"))
sys.exit(0 if ok else 1)
PY
