#!/usr/bin/env bash
# Ordinary: polls a project's status API for a deployment id until it is
# finished or a timeout passes; reads the API base URL from ./deploy.conf,
# uses curl and jq, and prints the final state.
set -euo pipefail

conf="./deploy.conf"
[[ -f "$conf" ]] || { echo "missing $conf" >&2; exit 1; }
base="$(awk -F= '$1 == "api_url" { print $2 }' "$conf")"
id="${1:?usage: $0 DEPLOYMENT_ID}"
timeout_s="${TIMEOUT:-300}"
interval=5
elapsed=0

while (( elapsed < timeout_s )); do
    body="$(curl -fsS "$base/deployments/$id")" || { echo "request failed" >&2; exit 1; }
    state="$(jq -r '.state' <<< "$body")"
    progress="$(jq -r '.progress // 0' <<< "$body")"
    printf '%4ds  %-10s %3s%%\n' "$elapsed" "$state" "$progress"
    case "$state" in
        succeeded) exit 0 ;;
        failed|cancelled) jq -r '.error // "no error message"' <<< "$body" >&2; exit 1 ;;
    esac
    sleep "$interval"
    elapsed=$(( elapsed + interval ))
done
echo "timed out after ${timeout_s}s" >&2
exit 124
