#!/usr/bin/env bash
# Serve a generated static site on localhost with python's http.server,
# probe a few paths with curl, then stop the server and clean up.
set -euo pipefail

port="${PORT:-8765}"
site=$(mktemp -d)
server_pid=""

cleanup() {
	if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
		kill "$server_pid"
		wait "$server_pid" 2>/dev/null || true
	fi
	rm -rf "$site"
}
trap cleanup EXIT

mkdir -p "$site/docs"
cat >"$site/index.html" <<'HTML'
<!doctype html><title>probe</title><h1>It works</h1>
HTML
echo '{"status":"ok"}' >"$site/health.json"
echo '# docs' >"$site/docs/readme.md"

python3 -m http.server "$port" --bind 127.0.0.1 --directory "$site" >/dev/null 2>&1 &
server_pid=$!

for _ in $(seq 1 50); do
	curl -fs "http://127.0.0.1:$port/" >/dev/null && break
	sleep 0.1
done

status=0
for path in / /health.json /docs/readme.md /missing; do
	code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port$path")
	printf '%-18s %s\n' "$path" "$code"
	case "$path:$code" in
	/missing:404 | *:200) ;;
	*) status=1 ;;
	esac
done

[[ "$(curl -fs "http://127.0.0.1:$port/health.json" | jq -r .status)" == ok ]] || status=1
exit $status
