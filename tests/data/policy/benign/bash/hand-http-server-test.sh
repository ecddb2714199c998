#!/usr/bin/env bash
# Serve the built site on localhost and check that every page answers 200.
set -euo pipefail

SITE_DIR="${1:-public}"
PORT="${PORT:-8765}"
[[ -d "$SITE_DIR" ]] || {
	echo "no such directory: $SITE_DIR" >&2
	exit 1
}

logfile="$(mktemp)"
python3 -m http.server "$PORT" --bind 127.0.0.1 --directory "$SITE_DIR" >"$logfile" 2>&1 &
server_pid=$!
cleanup() {
	kill "$server_pid" 2>/dev/null || true
	wait "$server_pid" 2>/dev/null || true
	rm -f "$logfile"
}
trap cleanup EXIT

for _ in $(seq 1 50); do
	if curl -fs -o /dev/null "http://127.0.0.1:$PORT/"; then
		break
	fi
	sleep 0.1
done

fail=0
total=0
while IFS= read -r page; do
	path="${page#"$SITE_DIR"}"
	total=$((total + 1))
	code="$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT$path")"
	if [[ "$code" != 200 ]]; then
		echo "FAIL $code $path"
		fail=$((fail + 1))
	fi
done < <(find "$SITE_DIR" -type f -name '*.html' | sort)

echo "$((total - fail))/$total pages ok"
((fail == 0))
