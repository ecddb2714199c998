#!/usr/bin/env bash
# Wait for a service to become healthy, retrying with exponential backoff.
set -uo pipefail

URL="${HEALTH_URL:-http://localhost:8080/healthz}"
MAX_TRIES="${MAX_TRIES:-8}"
DELAY="${INITIAL_DELAY:-1}"
MAX_DELAY=30

retry() {
	local tries=0 delay="$DELAY"
	until "$@"; do
		tries=$((tries + 1))
		if ((tries >= MAX_TRIES)); then
			echo "giving up after $tries attempts" >&2
			return 1
		fi
		echo "attempt $tries failed; retrying in ${delay}s" >&2
		sleep "$delay"
		delay=$((delay * 2))
		((delay > MAX_DELAY)) && delay=$MAX_DELAY
	done
}

healthy() {
	local body
	body=$(curl -fsS --max-time 5 "$URL") || return 1
	if command -v jq >/dev/null; then
		[[ "$(jq -r '.status // empty' <<<"$body")" == "ok" ]]
	else
		grep -q '"status" *: *"ok"' <<<"$body"
	fi
}

echo "waiting for $URL"
if retry healthy; then
	echo "service is healthy"
else
	echo "service did not become healthy" >&2
	exit 1
fi
