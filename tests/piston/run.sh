#!/usr/bin/env bash
# Piston's own clients against `airlock serve` on 127.0.0.1: npm
# piston-client (pinned, installed here into a cache directory) and a
# WebSocket client for /piston/api/v2/connect, under node's test runner.
# Counted as one test by tests/run-all.sh.
set -eu
build=${1:-build}
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top"
bin="$top/$build/airlock"
PISTON_CLIENT_VERSION=1.0.2
cache=${AIRLOCK_NPM_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/airlock-npm}/piston-client-$PISTON_CLIENT_VERSION
if [ ! -f "$cache/node_modules/piston-client/package.json" ]; then
	if ! command -v npm >/dev/null; then
		[ "$(id -u)" = 0 ] || { echo "tests/piston needs npm (apt-get install npm)" >&2; exit 1; }
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq npm >/dev/null
	fi
	mkdir -p "$cache"
	npm install --silent --no-audit --no-fund --no-save --prefix "$cache" \
		"piston-client@$PISTON_CLIENT_VERSION" >/dev/null
fi
dir=$(mktemp -d /tmp/airlock-piston.XXXXXX)
pid=
cleanup() {
	[ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
	rm -rf "$dir"
}
trap cleanup EXIT
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
"$bin" keys create --name anon --data-dir "$dir" >/dev/null 2>&1
# a short head timeout: a WebSocket must not be taken for a connection
# waiting for its next request's head
printf 'workers: 2\nanonymous_key: anon\nrequest_head_timeout_s: 2\n' >"$dir/airlock.yaml"
"$bin" serve --config "$dir/airlock.yaml" --listen "127.0.0.1:$port" --data-dir "$dir" \
	2>"$dir/serve.log" &
pid=$!
for _ in $(seq 100); do
	curl -sf "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break
	sleep 0.05
done
export PISTON_URL="http://127.0.0.1:$port/piston" PISTON_CLIENT_DIR="$cache"
status=0
node --test --test-reporter=spec tests/piston/*.mjs || status=$?
[ "$status" = 0 ] || tail -20 "$dir/serve.log" >&2
exit "$status"
