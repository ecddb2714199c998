#!/usr/bin/env bash
# Benchmark of the stores (docs/store.md): executions/s of a Python hello
# through `airlock serve` with SQLite and with PostgreSQL on one node
# (target: PostgreSQL >= 0.9 x SQLite), then with 1, 2 and 3 nodes sharing
# one PostgreSQL, the same clients sending to the nodes in turn. On a machine of few
# cores more nodes cannot run more sandboxes: what must not grow with the
# nodes is the CPU time per execution, printed for each, with the SQL
# statements per execution (pg_stat_statements, when PostgreSQL has it), a
# count that the machine's load does not move. Each is the median of
# BENCH_STORE_ROUNDS rounds on the same servers.
#
# PostgreSQL is a throwaway cluster (initdb + pg_ctl in the bench's
# directory, unix socket only, as the airlock-test user when root) with
# synchronous_commit off, the durability SQLite's WAL with synchronous =
# NORMAL has (a power loss may lose the last commits, never corrupts).
# CPU time is that of the process trees of the servers (their sandboxes
# included) and of PostgreSQL, not the clients': the machine may be busy
# with other work. Then a long run (2,000 executions on two nodes against
# one SQLite node) and the queue-to-start latency across nodes.
set -eu
build=${1:-build}
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
bin="$top/$build/airlock"
. bench/lib.sh
n=${BENCH_STORE_CLIENTS:-$(nproc)}
count=${BENCH_STORE_COUNT:-400}
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [ -z "$pgbin" ]; then
	echo "store: skipped: PostgreSQL is not installed ('make deps' installs it)"
	exit 0
fi
bench_dir store
pg="$dir/pg"
mkdir -p "$pg"
chmod 711 "$dir" # the cluster's user passes through to its own directory
as_pg() {
	if [ "$(id -u)" = 0 ]; then
		id airlock-test >/dev/null 2>&1 ||
			useradd --system --no-create-home --shell /usr/sbin/nologin airlock-test
		chown airlock-test "$pg"
		setpriv --reuid=airlock-test --regid="$(id -g airlock-test)" --init-groups -- "$@"
	else
		"$@"
	fi
}
pg_stop() { as_pg "$pgbin/pg_ctl" stop -D "$pg/data" -m fast >/dev/null 2>&1 || true; bench_cleanup; }
trap pg_stop EXIT
pgport=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
as_pg "$pgbin/initdb" -D "$pg/data" -U airlock --auth=trust --no-sync >/dev/null
# pg_stat_statements (in Debian's postgresql): the statements per execution,
# a count that the machine's load does not move
stmts=
if [ -f "$(dirname "$pgbin")/lib/pg_stat_statements.so" ]; then
	stmts="-c shared_preload_libraries=pg_stat_statements -c pg_stat_statements.track=all"
fi
as_pg "$pgbin/pg_ctl" start -w -D "$pg/data" -l "$pg/log" \
	-o "-p $pgport -k $pg -c listen_addresses='' -c synchronous_commit=off -c max_connections=100 $stmts" \
	>/dev/null
sql() { as_pg "$pgbin/psql" -h "$pg" -p "$pgport" -U airlock -d postgres -qAtc "$1"; }
[ -z "$stmts" ] || sql "CREATE EXTENSION pg_stat_statements" >/dev/null
# statements_reset / statements_count: what every database ran since the
# reset (not the reset itself, nor this count)
statements_reset() { [ -z "$stmts" ] || sql "SELECT pg_stat_statements_reset()" >/dev/null; }
statements_count() {
	if [ -z "$stmts" ]; then echo 0; return; fi
	sql "SELECT coalesce(sum(calls), 0) FROM pg_stat_statements WHERE query NOT LIKE '%pg_stat_statements%'"
}

# tree_jiffies PID...: CPU time (ticks) of the processes and every live
# descendant, with what their reaped children used
tree_jiffies() {
	python3 - "$@" <<'PY'
import os, sys
kids, stat = {}, {}
for p in os.listdir("/proc"):
    if not p.isdigit():
        continue
    try:
        f = open("/proc/%s/stat" % p).read().rsplit(")", 1)[1].split()
    except OSError:
        continue
    stat[int(p)] = sum(int(x) for x in f[11:15])  # utime stime cutime cstime
    kids.setdefault(int(f[1]), []).append(int(p))
todo, total, seen = [int(x) for x in sys.argv[1:]], 0, set()
while todo:
    p = todo.pop()
    if p in seen or p not in stat:
        continue
    seen.add(p)
    total += stat[p]
    todo += kids.get(p, [])
print(total)
PY
}
postmaster() { head -1 "$pg/data/postmaster.pid"; }

# serve NAME DATA_SUBDIR STORE NODE: one server; appends its url to $urls
serve() {
	local data="$dir/$1" port
	mkdir -p "$data"
	port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
	printf 'workers: %s\nqueue_size: 256\npool_dir: %s/pool\n' "$n" "$data" >"$data/airlock.yaml"
	"$bin" serve --config "$data/airlock.yaml" --listen "127.0.0.1:$port" --data-dir "$data" \
		${2:+--store "$2"} ${3:+--node "$3"} 2>"$data/log" &
	pids="$pids $!"
	for _ in $(seq 100); do
		curl -sf "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break
		sleep 0.05
	done
	urls="$urls http://127.0.0.1:$port"
}

# run LABEL: n clients over the nodes of $urls; prints "LABEL per_s
# cpu_ms_per_exec errors statements_per_exec" (statements: 0 for SQLite)
run() {
	local label=$1 nodes per out t0 t1 j0 j1 errs=0 u st=0
	nodes=$(wc -w <<<"$urls")
	per=$((count / nodes))
	for u in $urls; do # warm up each node
		python3 tests/load/client.py "$u" "$key" 10 2 python 'print("hi")' >/dev/null
	done
	statements_reset
	j0=$(tree_jiffies $pids "$(postmaster)")
	t0=$(date +%s.%N)
	# the same n clients whatever the number of nodes, each sending its
	# requests to the nodes in turn: more nodes, not more concurrency
	python3 tests/load/client.py "$(tr ' ' ',' <<<"${urls# }")" "$key" "$((per * nodes))" "$n" python \
		'print("hi")' >"$dir/out.0"
	t1=$(date +%s.%N)
	j1=$(tree_jiffies $pids "$(postmaster)")
	case $label in postgres*) st=$(statements_count) ;; esac
	for out in "$dir"/out.*; do
		errs=$((errs + $(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["errors"])' "$out")))
	done
	rm -f "$dir"/out.*
	python3 -c '
import sys
label, total, t0, t1, j0, j1, errs, hz, st = sys.argv[1:]
total, wall = int(total), float(t1) - float(t0)
print(label, "%.1f" % (total / wall), "%.1f" % ((int(j1) - int(j0)) * 1000.0 / int(hz) / total), errs,
      "%.2f" % (int(st) / total))
' "$label" "$((per * nodes))" "$t0" "$t1" "$j0" "$j1" "$errs" "$(getconf CLK_TCK)" "$st"
}

stop_all() {
	local p
	for p in $pids; do kill "$p" 2>/dev/null && wait "$p" 2>/dev/null; done
	pids=
	urls=
}

results=()
# SQLite against PostgreSQL on one node: both servers up at once and their
# rounds alternated (BENCH_STORE_ROUNDS, 4), the median of each side's
# rate and CPU per execution, so that the machine's load moves both alike.
rounds=${BENCH_STORE_ROUNDS:-4}
urls=
key_sqlite=$("$bin" keys create --name bench --quota per-minute=0,per-day=0,concurrent=0,cpu-seconds=0 \
	--data-dir "$dir/sqlite" 2>/dev/null | head -1)
serve sqlite "" ""
urls_sqlite=$urls pids_sqlite=$pids urls= pids=
as_pg "$pgbin/createdb" -h "$pg" -p "$pgport" -U airlock bench1
store="postgres://airlock@/bench1?host=$pg&port=$pgport"
key_pg=$("$bin" keys create --name bench --quota per-minute=0,per-day=0,concurrent=0,cpu-seconds=0 \
	--data-dir "$dir/pg1-1" --store "$store" 2>/dev/null | head -1)
serve pg1-1 "$store" node-1
urls_pg=$urls pids_pg=$pids
for _ in $(seq "$rounds"); do
	urls=$urls_sqlite pids=$pids_sqlite key=$key_sqlite count=$((count / rounds)) run sqlite-1 >>"$dir/rounds"
	urls=$urls_pg pids=$pids_pg key=$key_pg count=$((count / rounds)) run postgres-1 >>"$dir/rounds"
done
pids="$pids_sqlite $pids_pg"
stop_all
"$bin" audit verify --data-dir "$dir/pg1-1" --store "$store" >/dev/null ||
	{ echo "store: the audit chain of 1 node does not verify" >&2; exit 1; }
# PostgreSQL, 2 and 3 nodes, each on a database of its own, in rounds as
# one node is (a node's first round pays for its start)
for nodes in 2 3; do
	as_pg "$pgbin/createdb" -h "$pg" -p "$pgport" -U airlock "bench$nodes"
	store="postgres://airlock@/bench$nodes?host=$pg&port=$pgport"
	key=$("$bin" keys create --name bench --quota per-minute=0,per-day=0,concurrent=0,cpu-seconds=0 \
		--data-dir "$dir/pg$nodes-1" --store "$store" 2>/dev/null | head -1)
	for i in $(seq "$nodes"); do
		mkdir -p "$dir/pg$nodes-$i"
		[ "$i" = 1 ] || cp "$dir/pg$nodes-1/audit.key" "$dir/pg$nodes-1/audit.pub" "$dir/pg$nodes-$i/"
		serve "pg$nodes-$i" "$store" "node-$i"
	done
	for _ in $(seq "$rounds"); do
		count=$((count / rounds)) run "postgres-$nodes" >>"$dir/rounds"
	done
	stop_all
	"$bin" audit verify --data-dir "$dir/pg$nodes-1" --store "$store" >/dev/null ||
		{ echo "store: the audit chain of $nodes nodes does not verify" >&2; exit 1; }
done
echo "store: rounds (label, executions/s, CPU ms and statements per execution):"
awk '{ printf "  %s %s/s %s ms %s\n", $1, $2, $3, $5 }' "$dir/rounds"
while read -r line; do results+=("$line"); done < <(python3 - "$dir/rounds" <<'PY'
import statistics, sys
rows = {}
for line in open(sys.argv[1]):
    label, rate, cpu, errs, st = line.split()
    rows.setdefault(label, []).append((float(rate), float(cpu), int(errs), float(st)))
for label, rs in rows.items():
    print(label, "%.1f" % statistics.median(r[0] for r in rs),
          "%.1f" % statistics.median(r[1] for r in rs), sum(r[2] for r in rs),
          "%.2f" % statistics.median(r[3] for r in rs))
PY
)

# The long run: BENCH_STORE_BIG executions (default 2,000; 0: none) on two
# nodes sharing one PostgreSQL against one SQLite node, in the same run.
big=${BENCH_STORE_BIG:-2000}
if [ "$big" -gt 0 ]; then
	small=$count
	count=$big
	key=$("$bin" keys create --name bench --quota per-minute=0,per-day=0,concurrent=0,cpu-seconds=0 \
		--data-dir "$dir/sqlite-big" 2>/dev/null | head -1)
	serve sqlite-big "" ""
	results+=("$(run "sqlite-1-x$big")")
	stop_all
	as_pg "$pgbin/createdb" -h "$pg" -p "$pgport" -U airlock "bigtwo"
	store="postgres://airlock@/bigtwo?host=$pg&port=$pgport"
	key=$("$bin" keys create --name bench --quota per-minute=0,per-day=0,concurrent=0,cpu-seconds=0 \
		--data-dir "$dir/big-1" --store "$store" 2>/dev/null | head -1)
	mkdir -p "$dir/big-2"
	cp "$dir/big-1/audit.key" "$dir/big-1/audit.pub" "$dir/big-2/"
	serve big-1 "$store" node-1
	serve big-2 "$store" node-2
	results+=("$(run "postgres-2-x$big")")
	stop_all
	"$bin" audit verify --data-dir "$dir/big-1" --store "$store" >/dev/null ||
		{ echo "store: the audit chain of the long run does not verify" >&2; exit 1; }
	count=$small
fi

# Queue-to-start latency across nodes (bench/queue_wake.py): node 1's one
# worker busy, node 2's idle worker claims what node 1 accepts. With
# BENCH_STORE_BASELINE_BIN (another airlock binary, e.g. one built before
# LISTEN/NOTIFY) the same is measured with it, in this run.
wake() { # LABEL BIN DB
	local b=$2 store="postgres://airlock@/$3?host=$pg&port=$pgport" k
	as_pg "$pgbin/createdb" -h "$pg" -p "$pgport" -U airlock "$3"
	k=$("$b" keys create --name bench --quota per-minute=0,per-day=0,concurrent=0,cpu-seconds=0 \
		--data-dir "$dir/$3-1" --store "$store" 2>/dev/null | head -1)
	mkdir -p "$dir/$3-2"
	cp "$dir/$3-1/audit.key" "$dir/$3-1/audit.pub" "$dir/$3-2/"
	bin=$b n=1 serve "$3-1" "$store" node-1
	bin=$b n=1 serve "$3-2" "$store" node-2
	# shellcheck disable=SC2086
	echo "$1 $(python3 bench/queue_wake.py $urls "$k" "${BENCH_STORE_WAKE_SAMPLES:-40}" 2>"$dir/wake.err" ||
		cat "$dir/wake.err" >&2)"
	stop_all
}
wakes=("$(wake listen "$bin" wake)")
if [ -n "${BENCH_STORE_BASELINE_BIN:-}" ]; then
	wakes+=("$(wake baseline "$BENCH_STORE_BASELINE_BIN" wakebase)")
fi

python3 - "$count" "$n" "$big" "${wakes[@]}" -- "${results[@]}" <<'PY'
import json, sys
count, n, big = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
sep = sys.argv.index("--")
wakes = [w.split(" ", 1) for w in sys.argv[4:sep]]
rows = {}
for line in sys.argv[sep + 1:]:
    label, rate, cpu, errs, st = line.split()
    rows[label] = (float(rate), float(cpu), int(errs), float(st))
print("store: Python hello via airlock serve, %d executions (x%d: %d), %d clients"
      " (1-3 nodes: the median of rounds):" % (count, big, big, n))
for label, (rate, cpu, errs, st) in rows.items():
    print("  %-16s %7.1f /s   %6.1f ms CPU per execution   errors %d%s"
          % (label, rate, cpu, errs, "   %.2f statements per execution" % st if st else ""))
ratio = rows["postgres-1"][0] / rows["sqlite-1"][0]
print("  PostgreSQL / SQLite, one node: %.2fx (target >= 0.9)" % ratio)
base = rows["postgres-1"][1]
for k in ("postgres-2", "postgres-3"):
    print("  CPU per execution, %s / postgres-1: %.2fx (must not grow)" % (k, rows[k][1] / base))
    if rows["postgres-1"][3]:
        print("  statements per execution, %s / postgres-1: %.2fx (must not grow)"
              % (k, rows[k][3] / rows["postgres-1"][3]))
if big > 0:
    two, one = rows["postgres-2-x%d" % big], rows["sqlite-1-x%d" % big]
    print("  %d executions, 2 PostgreSQL nodes / 1 SQLite node: %.2fx the rate, %.2fx the CPU per execution"
          % (big, two[0] / one[0], two[1] / one[1]))
lat = {}
for label, js in wakes:
    w = json.loads(js)
    lat[label] = w["median_ms"]
    print("  queue-to-start across nodes (%s): median %.1f ms, p90 %.1f ms, mean %.1f ms, %d samples"
          % (label, w["median_ms"], w["p90_ms"], w["mean_ms"], w["samples"]))
if "baseline" in lat:
    print("  queue-to-start, median, LISTEN/NOTIFY / baseline: %.2fx" % (lat["listen"] / lat["baseline"]))
ok = ratio >= 0.9 and all(e == 0 for _, _, e, _ in rows.values())
print("store: %s" % ("ok" if ok else "BELOW TARGET"))
sys.exit(0 if ok else 1)
PY
