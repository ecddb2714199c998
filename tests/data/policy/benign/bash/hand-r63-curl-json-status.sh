#!/usr/bin/env bash
# Post the build summary to the team dashboard as JSON.
set -euo pipefail
DASHBOARD=${DASHBOARD:-https://status.example-release.net/api/v2/report}
out=$(mktemp)
trap 'rm -f "$out"' EXIT
printf '{"branch":"%s","commit":"%s"}\n' "$(git rev-parse --abbrev-ref HEAD)" "$(git rev-parse --short HEAD)" > "$out"
curl -fsS --json @"$out" "$DASHBOARD/summary"
curl -fsS --json '{"event":"build-finished"}' "$DASHBOARD/events"
