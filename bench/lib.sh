# Sourced by the service benchmarks (bench/*.sh): a throwaway `airlock
# serve` on a free loopback port with a key without quotas.
#
#   bench_dir NAME         $dir: a temporary directory, removed on exit
#                          (with the server, when one was started)
#   bench_serve WORKERS [YAML]
#                          starts the server in $dir (YAML: more lines of
#                          its airlock.yaml); sets $port, $url,
#                          $key and $pid, and returns once /healthz answers
#
# Expects $bin (the airlock binary).

bench_dir() {
	dir=$(mktemp -d "/tmp/airlock-bench-$1.XXXXXX")
	pid=
	trap bench_cleanup EXIT
}

bench_cleanup() {
	[ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
	rm -rf "$dir"
}

bench_serve() {
	port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
	key=$("$bin" keys create --name bench --quota per-minute=0,per-day=0,concurrent=0,cpu-seconds=0 \
		--data-dir "$dir" 2>/dev/null | head -1)
	printf 'workers: %s\nqueue_size: 256\n%s' "$1" "${2:-}" >"$dir/airlock.yaml"
	"$bin" serve --config "$dir/airlock.yaml" --listen "127.0.0.1:$port" --data-dir "$dir" \
		2>/dev/null &
	pid=$!
	url="http://127.0.0.1:$port"
	for _ in $(seq 100); do
		curl -sf "$url/healthz" >/dev/null 2>&1 && return 0
		sleep 0.05
	done
	echo "bench: airlock serve did not answer on $url" >&2
	return 1
}
