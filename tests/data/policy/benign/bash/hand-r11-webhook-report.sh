#!/usr/bin/env bash
# Ordinary: runs the test suite, turns the JUnit summary into a short JSON
# message and posts it to the team's chat webhook.
set -uo pipefail

webhook="${CHAT_WEBHOOK_URL:?set CHAT_WEBHOOK_URL}"
report=$(mktemp --suffix .json)
trap 'rm -f "$report"' EXIT

start=$(date +%s)
pytest -q --junitxml=junit.xml > pytest.out 2>&1
status=$?
elapsed=$(( $(date +%s) - start ))

tests=$(grep -o 'tests="[0-9]*"' junit.xml | head -n1 | tr -dc 0-9)
failures=$(grep -o 'failures="[0-9]*"' junit.xml | head -n1 | tr -dc 0-9)
branch=$(git rev-parse --abbrev-ref HEAD)

jq -n --arg b "$branch" --argjson t "${tests:-0}" --argjson f "${failures:-0}" \
  --argjson s "$elapsed" --argjson rc "$status" \
  '{text: "Tests on \($b): \($t) run, \($f) failed in \($s)s (exit \($rc))"}' > "$report"

curl -fsS -X POST -H 'Content-Type: application/json' -d @"$report" "$webhook"
exit "$status"
