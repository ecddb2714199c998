#!/usr/bin/env bash
# --net egress (issue: egress through airlock's proxy), in a network
# namespace made for it with local servers (tests/egress/ns.sh): nothing
# leaves the machine. Each number against a baseline of this run:
#   1. added latency of one HTTP request (a new connection each) through
#      the proxy vs the same client straight to the server, p50
#      (target <= 0.3 ms);
#   2. a 100 MB download (curl) through the proxy vs straight, three a
#      side a round (target >= 0.8x);
#   3. start-up of a run with --net egress vs --net none.
# The first two in alternated rounds (BENCH_EGRESS_ROUNDS, 5): the median
# of each side.
set -eu
build=${1:-build}
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
n=${BENCH_EGRESS_REQUESTS:-400}

if [ "${2:-}" != --inside ]; then
	dir=$(mktemp -d /tmp/airlock-bench-egress.XXXXXX)
	chmod 755 "$dir"
	trap 'rm -rf "$dir"' EXIT
	echo "egress (tests/egress/ns.sh namespace, local servers):"
	tests/egress/ns.sh "$dir" bash "$0" "$build" --inside "$dir"
	exit
fi
dir=$3

# One client for both paths: N fresh connections, one GET each, read to
# the end; prints the median and the 90th percentile in ms.
cat >"$dir/client.py" <<'PY'
import socket, statistics, sys, time
n, proxy = int(sys.argv[1]), sys.argv[2] == "proxy"
if proxy:
    addr, req = ("127.0.0.1", 3128), b"GET http://api.test/x HTTP/1.1\r\nHost: api.test\r\n\r\n"
else:
    addr, req = ("203.0.113.10", 80), b"GET /x HTTP/1.1\r\nHost: api.test\r\nConnection: close\r\n\r\n"
times = []
for i in range(n + 20):
    t = time.perf_counter()
    s = socket.create_connection(addr)
    s.sendall(req)
    while s.recv(65536):
        pass
    s.close()
    if i >= 20:
        times.append((time.perf_counter() - t) * 1000)
times.sort()
print("%.3f %.3f" % (statistics.median(times), times[int(len(times) * 0.9)]))
PY
chmod a+r "$dir/client.py"
air=("$build/airlock" run --allow-host api.test --resolve api.test:203.0.113.10
	--mount "$dir:/b" -t 60 -w 120)
# Alternated rounds, the median of each side: the machine's load moves
# both alike.
rounds=${BENCH_EGRESS_ROUNDS:-5}
size=$((100 * 1024 * 1024))
: >"$dir/lat-direct"
: >"$dir/lat-proxy"
: >"$dir/bps-direct"
: >"$dir/bps-proxy"
dl_out="-o /dev/null -o /dev/null -o /dev/null"
dl_direct=$(printf 'http://203.0.113.10/big/%s ' $size $size $size)
dl_proxy=$(printf 'http://api.test/big/%s ' $size $size $size)
for _ in $(seq "$rounds"); do
	/usr/bin/python3 "$dir/client.py" $((n / rounds)) direct >>"$dir/lat-direct"
	"${air[@]}" -l python -c "exec(open('/b/client.py').read())" -- $((n / rounds)) proxy >>"$dir/lat-proxy"
	# three downloads a side a round, in one curl each: one download
	# of 100 MB takes some 60 ms here, short enough for one scheduling
	# hiccup to move it by a third
	curl -s $dl_out -w '%{speed_download}\n' $dl_direct >>"$dir/bps-direct"
	"${air[@]}" -l bash -c "curl -s $dl_out -w '%{speed_download}\n' $dl_proxy" >>"$dir/bps-proxy"
done
med() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
d50=$(cut -d' ' -f1 "$dir/lat-direct" | med)
d90=$(cut -d' ' -f2 "$dir/lat-direct" | med)
p50=$(cut -d' ' -f1 "$dir/lat-proxy" | med)
p90=$(cut -d' ' -f2 "$dir/lat-proxy" | med)
direct_bps=$(med <"$dir/bps-direct")
proxy_bps=$(med <"$dir/bps-proxy")
# the spread of each side: the 25th and 75th percentiles
quart() { sort -n | awk '{ v[NR] = $1 } END { printf "%.0f-%.0f", v[int(NR / 4) + 1] / 1e6, v[int(3 * NR / 4) + 1] / 1e6 }'; }
direct_q=$(quart <"$dir/bps-direct")
proxy_q=$(quart <"$dir/bps-proxy")

hyperfine -N --warmup 3 --runs "${BENCH_RUNS:-30}" --style none --export-json "$dir/start.json" \
	-n none "$build/airlock run --net none -l bash -c true" \
	-n egress "$build/airlock run --net egress -l bash -c true" >/dev/null 2>&1

python3 - "$d50" "$d90" "$p50" "$p90" "$direct_bps" "$proxy_bps" "$dir/start.json" "$n" "$direct_q" "$proxy_q" "$rounds" <<'PY'
import json, sys
d50, d90, p50, p90, dbps, pbps = map(float, sys.argv[1:7])
r = {x["command"]: x for x in json.load(open(sys.argv[7]))["results"]}
n = int(sys.argv[8])
dq, pq, rounds = sys.argv[9], sys.argv[10], int(sys.argv[11])
added = p50 - d50
ratio = pbps / dbps if dbps else 0
s_none, s_eg = r["none"]["median"] * 1000, r["egress"]["median"] * 1000
print("  request latency, %d requests, new connection each (median of the rounds' p50 and p90):"
      " direct p50 %.3f ms (p90 %.3f), through the proxy p50 %.3f ms (p90 %.3f)" % (n, d50, d90, p50, p90))
print("  added latency p50: %.3f ms (target <= 0.3 ms: %s)" % (added, "met" if added <= 0.3 else "NOT met"))
print("  100 MB download (median of %d, 3 a round; quartiles in brackets): direct %.0f MB/s (%s),"
      " through the proxy %.0f MB/s (%s) -> ratio %.2f (target >= 0.8: %s)"
      % (3 * rounds, dbps / 1e6, dq, pbps / 1e6, pq, ratio, "met" if ratio >= 0.8 else "NOT met"))
print("  start-up (median): --net none %.2f ms, --net egress %.2f ms -> +%.2f ms (%.2fx)"
      % (s_none, s_eg, s_eg - s_none, s_eg / s_none))
PY
