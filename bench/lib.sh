# Sourced by the service benchmarks (bench/*.sh): throwaway `airlock
# serve`s on free loopback ports with a key without quotas.
#
#   bench_dir NAME         $dir: a temporary directory, removed on exit
#                          (with the servers, when some were started)
#   bench_serve WORKERS [YAML [SUBDIR]]
#                          starts a server with its data in $dir (or in
#                          $dir/SUBDIR, for a second server) (YAML: more
#                          lines of its airlock.yaml); sets $port, $url,
#                          $key and $pid, and returns once /healthz answers.
#                          Its warm templates' sockets are in a private
#                          pool_dir of its own (the default, /run/airlock as
#                          root, is shared with any other server), unless
#                          YAML sets pool_dir.
#
# Expects $bin (the airlock binary).

bench_dir() {
	dir=$(mktemp -d "/tmp/airlock-bench-$1.XXXXXX")
	pid=
	pids=
	trap bench_cleanup EXIT
}

bench_cleanup() {
	local p
	for p in $pids; do
		kill "$p" 2>/dev/null && wait "$p" 2>/dev/null
	done
	rm -rf "$dir"
}

bench_serve() {
	local data=$dir${3:+/$3} extra=${2:-}
	mkdir -p "$data"
	case "$extra" in
	*pool_dir:*) ;;
	*) extra="pool_dir: $data/pool"$'\n'"$extra" ;;
	esac
	port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
	key=$("$bin" keys create --name bench --quota per-minute=0,per-day=0,concurrent=0,cpu-seconds=0 \
		--data-dir "$data" 2>/dev/null | head -1)
	printf 'workers: %s\nqueue_size: 256\n%s' "$1" "$extra" >"$data/airlock.yaml"
	"$bin" serve --config "$data/airlock.yaml" --listen "127.0.0.1:$port" --data-dir "$data" \
		2>/dev/null &
	pid=$!
	pids="$pids $pid"
	url="http://127.0.0.1:$port"
	for _ in $(seq 100); do
		curl -sf "$url/healthz" >/dev/null 2>&1 && return 0
		sleep 0.05
	done
	echo "bench: airlock serve did not answer on $url" >&2
	return 1
}
