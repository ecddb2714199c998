#!/usr/bin/env bash
# Serve a generated static site on localhost, smoke-test it, stop it.
set -euo pipefail

port="${PORT:-8765}"
site=$(mktemp -d)
server_pid=
cleanup() {
	if [[ -n "$server_pid" ]]; then
		kill "$server_pid" 2>/dev/null || true
		wait "$server_pid" 2>/dev/null || true
	fi
	rm -rf "$site"
}
trap cleanup EXIT

mkdir -p "$site/docs"
cat >"$site/index.html" <<HTML
<!doctype html><title>preview</title><h1>Preview</h1><a href="docs/">docs</a>
HTML
echo '<p>docs page</p>' >"$site/docs/index.html"

python3 -m http.server "$port" --bind 127.0.0.1 --directory "$site" >/dev/null 2>&1 &
server_pid=$!

for _ in $(seq 1 50); do
	if curl -fs "http://127.0.0.1:$port/" >/dev/null; then
		break
	fi
	sleep 0.1
done

fail=0
for path in / /docs/; do
	code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port$path")
	echo "$path -> $code"
	[[ "$code" == 200 ]] || fail=1
done
code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/missing")
echo "/missing -> $code"
[[ "$code" == 404 ]] || fail=1
exit "$fail"
