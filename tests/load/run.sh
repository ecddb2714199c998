#!/usr/bin/env bash
# Load test of `airlock serve`, bounded in count and time, on 127.0.0.1
# only: LOAD_COUNT executions (default 2000) of bash `true` from
# LOAD_CLIENTS (16) concurrent clients, each half bounded by LOAD_CAP_S
# seconds (a slow machine sends fewer; a tenth of them at the least). Then:
# every request sent was accepted, every accepted execution is one
# row (none lost, none twice), no sandbox process is left behind, and the
# server's memory did not grow (RSS after a second round within 10 MB of
# the first, so warm-up allocation is not counted as a leak).
set -eu
build=${1:-build}
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top"
bin="$top/$build/airlock"
count=${LOAD_COUNT:-2000}
clients=${LOAD_CLIENTS:-16}
cap=${LOAD_CAP_S:-100}
dir=$(mktemp -d /tmp/airlock-load.XXXXXX)
pid=
cleanup() {
	[ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
	rm -rf "$dir"
}
trap cleanup EXIT
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
key=$("$bin" keys create --name load --quota per-minute=0,per-day=0,concurrent=0,cpu-seconds=0 \
	--data-dir "$dir" 2>/dev/null | head -1)
printf 'workers: %s\nqueue_size: 64\n' "$(nproc)" >"$dir/airlock.yaml"
"$bin" serve --config "$dir/airlock.yaml" --listen "127.0.0.1:$port" --data-dir "$dir" \
	2>"$dir/serve.log" &
pid=$!
for _ in $(seq 100); do
	python3 -c "import sys, http.client as h; c = h.HTTPConnection('127.0.0.1', int(sys.argv[1]), timeout=1); c.request('GET', '/healthz'); sys.exit(c.getresponse().status != 200)" \
		"$port" 2>/dev/null && break
	sleep 0.05
done
rss() { awk '/VmRSS/ {print $2}' "/proc/$pid/status"; }
half=$((count / 2))
r1=$(python3 tests/load/client.py "http://127.0.0.1:$port" "$key" "$half" "$clients" bash true "$cap")
rss1=$(rss)
r2=$(python3 tests/load/client.py "http://127.0.0.1:$port" "$key" "$((count - half))" "$clients" bash true "$cap")
rss2=$(rss)
sleep 0.5
# the server's warm templates (config pool:) are its children by design
# (node's is node itself, its command line node's: each listens on its
# DATA_DIR/pool/warm-LANG.sock), and so are the reapers of the cgroups it
# makes ahead of runs (at most 2, engine_spare_cgroups): each one waits to
# remove its cgroup if the server dies
leaked=$(ps -eo pid=,ppid=,comm=,args= |
	awk -v p="$pid" -v pool="$dir/pool/warm-" '$2 == p && $3 != "airlock-reaper" &&
		!($4 ~ /airlock-warm-/ || index($0, "--listen " pool) > 0)' | wc -l)
reapers=$(ps -eo pid=,ppid=,comm= | awk -v p="$pid" '$2 == p && $3 == "airlock-reaper"' | wc -l)
[ "$reapers" -le 2 ] || leaked=$((leaked + reapers - 2))
kill -TERM "$pid"
wait "$pid" || true
pid=
# AddressSanitizer's quarantine keeps freed memory: RSS says nothing about
# leaks there (LeakSanitizer checks at exit instead).
sanitized=0
ldd "$build/airlock-serve" 2>/dev/null | grep -q libasan && sanitized=1
python3 - "$dir/airlock.db" "$r1" "$r2" "$rss1" "$rss2" "$leaked" "$count" "$sanitized" "$cap" "$clients" <<'PY'
import json, sqlite3, sys
db, r1, r2, rss1, rss2, leaked, count, sanitized, cap, clients = sys.argv[1:]
r1, r2 = json.loads(r1), json.loads(r2)
c = sqlite3.connect(db)
rows = c.execute("select count(*), count(distinct id) from executions").fetchone()
ok_rows = c.execute("select count(*) from executions where status = 'ok'").fetchone()[0]
links = c.execute("select count(*) from audit where event = 'execution'").fetchone()[0]
accepted = r1["count"] + r2["count"]
sent = r1["sent"] + r2["sent"]
errors = r1["errors"] + r2["errors"]
print("load: %d of %d executions sent (time cap %s s a half) from %s clients: %d accepted, %d errors, %.1f/s, p50 %s ms, p99 %s ms"
      % (sent, int(count), cap, clients, accepted, errors, (r1["per_s"] + r2["per_s"]) / 2, r2["p50_ms"], r2["p99_ms"]))
print("load: rows %d (distinct %d, ok %d), audit links %d, leaked processes %s, RSS %s -> %s KB"
      % (rows[0], rows[1], ok_rows, links, leaked, rss1, rss2))
fail = []
if errors: fail.append("errors: %s" % (r1["first_errors"] + r2["first_errors"]))
if accepted != sent: fail.append("accepted %d of %d sent" % (accepted, sent))
if sent * 10 < int(count): fail.append("only %d of %s sent within the time cap" % (sent, count))
if rows[0] != accepted or rows[1] != accepted: fail.append("rows %s != accepted %d" % (rows, accepted))
if ok_rows != accepted: fail.append("only %d rows are ok" % ok_rows)
if links != accepted: fail.append("audit links %d != %d" % (links, accepted))
if int(leaked) != 0: fail.append("%s processes left" % leaked)
if sanitized == "0" and int(rss2) - int(rss1) > 10240:
    fail.append("RSS grew %s -> %s KB" % (rss1, rss2))
if fail:
    print("load: FAILED: " + "; ".join(fail)); sys.exit(1)
print("load: passed")
PY
"$bin" audit verify --data-dir "$dir"
