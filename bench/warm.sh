#!/usr/bin/env bash
# The warm path's goals (issue 12), each printed as a ratio to a baseline
# measured in this run (bench/warm.py): python hello through
# POST /v1/executions at p50 <= 0.5 x bare `python3 -c` started by the
# caller; node hello <= 0.5 x bare `node -e` (airlock-warm-node: each run
# forked from an initialised node); python hello/s with 2 clients >=
# 1.5 x a bare python3 loop with 2 workers; <= 10 MB PSS per idle warm
# template. Two servers: one with `pool: {python: 1, node: 1}`, one with
# `pool: {python: 0}` (cold, for reference). A missed target is printed as
# NOT met and does not fail the
# bench; a run that fails, or a python run of the warm server that started
# cold, does. A third server, warm with AIRLOCK_TEARDOWN=sync, measures in
# the same run what answering before a run's teardown saves; a fourth, warm
# with AIRLOCK_WARM_POPULATE=1 (a ready program copies every writable page
# ahead, as before it learnt which ones a run writes), what that saves. The
# throughput rounds also print each server's CPU per run (the server, its
# templates and every child they reaped; /proc/PID/stat).
set -eu
build=${1:-build}
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
bin="$top/$build/airlock"
rounds=${BENCH_WARM_ROUNDS:-14}
per_round=${BENCH_WARM_PER_ROUND:-8}
tput_count=${BENCH_WARM_TPUT_COUNT:-80}
tput_rounds=${BENCH_WARM_TPUT_ROUNDS:-6}
. bench/lib.sh
bench_dir warm
bench_serve 2 $'pool:\n  python: 0\n' cold
cold_url=$url cold_key=$key cold_pid=$pid
# the same warm server, tearing each run down before it answers (as
# before the teardown moved after the answer; service/teardown.c)
export AIRLOCK_TEARDOWN=sync
bench_serve 2 $'pool:\n  python: 1\n  node: 1\n' sync
unset AIRLOCK_TEARDOWN
sync_url=$url sync_key=$key sync_dir=$dir/sync sync_pid=$pid
export AIRLOCK_WARM_POPULATE=1
bench_serve 2 $'pool:\n  python: 1\n' all
unset AIRLOCK_WARM_POPULATE
all_url=$url all_key=$key all_dir=$dir/all all_pid=$pid
bench_serve 2 $'pool:\n  python: 1\n  node: 1\n' warm
# the templates are ready once their sockets appear
for _ in $(seq 100); do
	[ -S "$dir/warm/pool/warm-python.sock" ] && [ -S "$sync_dir/pool/warm-python.sock" ] &&
		[ -S "$all_dir/pool/warm-python.sock" ] && [ -S "$dir/warm/pool/warm-node.sock" ] && break
	sleep 0.05
done
BENCH_WARM_PIDS="warm=$pid cold=$cold_pid sync=$sync_pid all=$all_pid" \
	python3 bench/warm.py "$url" "$key" "$cold_url" "$cold_key" "$pid" \
	"$rounds" "$per_round" "$tput_count" "$tput_rounds" "$sync_url" "$sync_key" \
	"$all_url" "$all_key"
