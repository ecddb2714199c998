#!/usr/bin/env bash
# Build the docs into a temporary directory, serve them on localhost with
# python's http.server and check that the index and a few pages answer 200.
set -euo pipefail

port="${PORT:-8765}"
site=$(mktemp -d)
server_pid=""

cleanup() {
	if [[ -n $server_pid ]] && kill -0 "$server_pid" 2>/dev/null; then
		kill "$server_pid"
		wait "$server_pid" 2>/dev/null || true
	fi
	rm -rf "$site"
}
trap cleanup EXIT

mkdir -p "$site/guide"
for page in index guide/install guide/usage; do
	title=${page##*/}
	cat >"$site/$page.html" <<HTML
<!doctype html>
<html><head><title>${title^}</title></head>
<body><h1>${title^}</h1><p>Generated $(date -u +%F).</p></body></html>
HTML
done

python3 -m http.server "$port" --bind 127.0.0.1 --directory "$site" >/dev/null 2>&1 &
server_pid=$!

for _ in $(seq 1 50); do
	curl -fs -o /dev/null "http://127.0.0.1:$port/" && break
	sleep 0.1
done

failures=0
for path in / /index.html /guide/install.html /guide/usage.html; do
	code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port$path")
	if [[ $code == 200 ]]; then
		echo "ok   $path"
	else
		echo "FAIL $path ($code)"
		failures=$((failures + 1))
	fi
done
missing=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/nope.html")
[[ $missing == 404 ]] || { echo "FAIL expected 404, got $missing"; failures=$((failures + 1)); }

exit "$failures"
