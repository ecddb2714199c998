#!/usr/bin/env bash
# Benchmark of `airlock serve`: executions/s and p50/p99 latency of a Python
# hello through the HTTP API with N concurrent clients, against the same
# program run by `airlock run` in a shell loop (one at a time, and N at a
# time with xargs -P) and by bare python3, all in this run.
# Target: API rate >= 0.9 x the rate of `airlock run` with the same N.
set -eu
build=${1:-build}
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
bin="$top/$build/airlock"
n=${BENCH_SERVE_CLIENTS:-$(nproc)}
count=${BENCH_SERVE_COUNT:-400}
dir=$(mktemp -d /tmp/airlock-bench-serve.XXXXXX)
pid=
cleanup() {
	[ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
	rm -rf "$dir"
}
trap cleanup EXIT
printf 'print("hi")\n' >"$dir/hello.py"

rate() { # count, seconds -> executions/s
	python3 -c "import sys; print('%.1f' % (int(sys.argv[1]) / float(sys.argv[2])))" "$1" "$2"
}
timed() { # command... -> seconds
	local t0 t1
	t0=$(date +%s.%N)
	"$@" >/dev/null
	t1=$(date +%s.%N)
	python3 -c "import sys; print(float(sys.argv[2]) - float(sys.argv[1]))" "$t0" "$t1"
}
loop_bare() { for _ in $(seq "$count"); do /usr/bin/python3 "$dir/hello.py"; done; }
loop_run() { for _ in $(seq "$count"); do "$bin" run "$dir/hello.py"; done; }
par_run() { seq "$count" | xargs -P "$n" -I{} "$bin" run "$dir/hello.py"; }

bare_s=$(timed loop_bare)
run_s=$(timed loop_run)
par_s=$(timed par_run)

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
key=$("$bin" keys create --name bench --quota per-minute=0,per-day=0,concurrent=0,cpu-seconds=0 \
	--data-dir "$dir" 2>/dev/null | head -1)
# warm templates' sockets in a private directory (not /run/airlock, which
# another server may use)
printf 'workers: %s\nqueue_size: 256\npool_dir: %s/pool\n' "$n" "$dir" >"$dir/airlock.yaml"
"$bin" serve --config "$dir/airlock.yaml" --listen "127.0.0.1:$port" --data-dir "$dir" \
	2>/dev/null &
pid=$!
for _ in $(seq 100); do
	python3 -c "import sys, http.client as h; c = h.HTTPConnection('127.0.0.1', int(sys.argv[1]), timeout=1); c.request('GET', '/healthz'); sys.exit(c.getresponse().status != 200)" \
		"$port" 2>/dev/null && break
	sleep 0.05
done
python3 tests/load/client.py "http://127.0.0.1:$port" "$key" 20 "$n" python 'print("hi")' >/dev/null
api=$(python3 tests/load/client.py "http://127.0.0.1:$port" "$key" "$count" "$n" python 'print("hi")')

python3 - "$api" "$count" "$n" "$bare_s" "$run_s" "$par_s" <<'PY'
import json, sys
api, count, n = json.loads(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
bare, run, par = (count / float(x) for x in sys.argv[4:7])
print("serve: Python hello, %d executions, %d concurrent clients:" % (count, n))
print("  bare python3 loop      %7.1f /s" % bare)
print("  airlock run loop        %7.1f /s" % run)
print("  airlock run, %d at once  %7.1f /s" % (n, par))
print("  airlock serve API       %7.1f /s   p50 %s ms, p99 %s ms, errors %d"
      % (api["per_s"], api["p50_ms"], api["p99_ms"], api["errors"]))
ratio_loop, ratio_par = api["per_s"] / run, api["per_s"] / par
print("  API / airlock run loop: %.2fx; API / airlock run %d at once: %.2fx (target >= 0.9)"
      % (ratio_loop, n, ratio_par))
ok = api["errors"] == 0 and ratio_par >= 0.9
print("serve: %s" % ("ok" if ok else "BELOW TARGET"))
sys.exit(0 if ok else 1)
PY
