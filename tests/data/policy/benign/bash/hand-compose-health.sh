#!/usr/bin/env bash
# Start the compose stack, wait until every service with a healthcheck is
# healthy, run the smoke tests against it and always take it down again.
set -euo pipefail

project="smoke-$$"
file="${COMPOSE_FILE:-compose.yaml}"
timeout="${HEALTH_TIMEOUT:-120}"

compose() { docker compose -p "$project" -f "$file" "$@"; }

teardown() {
	local rc=$?
	if ((rc != 0)); then
		compose logs --no-color --tail 50 >&2 || true
	fi
	compose down --volumes --remove-orphans >/dev/null 2>&1 || true
	exit "$rc"
}
trap teardown EXIT

compose up -d --build --quiet-pull

deadline=$((SECONDS + timeout))
while :; do
	mapfile -t states < <(compose ps --format '{{.Service}} {{.Health}}')
	pending=()
	for line in "${states[@]}"; do
		read -r svc health <<<"$line"
		case "$health" in
		healthy | "") ;;
		unhealthy)
			echo "$svc is unhealthy" >&2
			exit 1
			;;
		*) pending+=("$svc") ;;
		esac
	done
	((${#pending[@]} == 0)) && break
	if ((SECONDS > deadline)); then
		echo "timed out waiting for: ${pending[*]}" >&2
		exit 1
	fi
	sleep 2
done
echo "stack healthy after ${SECONDS}s"

port="$(compose port web 8080 | cut -d: -f2)"
base="http://127.0.0.1:$port"
curl -fsS "$base/healthz" >/dev/null
curl -fsS "$base/api/version" | jq -e '.version' >/dev/null
echo "smoke tests passed against $base"
