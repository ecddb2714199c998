#!/usr/bin/env bash
# Ordinary: HTTP health checker. Probes a list of service URLs with curl,
# retries with backoff, records status and latency as JSON lines in a
# temporary directory and prints a summary from an EXIT trap.
set -uo pipefail

urls=("$@")
((${#urls[@]})) || urls=(https://api.example.com/health https://status.example.com/ping)
retries=${RETRIES:-3}
workdir=$(mktemp -d)
results="$workdir/results.jsonl"
: > "$results"

summary() {
    local up down
    up=$(grep -c '"ok":true' "$results" || true)
    down=$(grep -c '"ok":false' "$results" || true)
    echo "up: $up, down: $down"
    rm -rf "$workdir"
}
trap summary EXIT

probe() {
    local url=$1 attempt=0 code time
    while ((attempt < retries)); do
        read -r code time < <(curl -s -o /dev/null -m 5 -w '%{http_code} %{time_total}\n' "$url")
        if [[ $code == 2* ]]; then
            printf '{"url":"%s","ok":true,"status":%s,"seconds":%s}\n' "$url" "$code" "$time" >> "$results"
            return 0
        fi
        attempt=$((attempt + 1))
        sleep $((attempt * 2))
    done
    printf '{"url":"%s","ok":false,"status":%s}\n' "$url" "${code:-0}" >> "$results"
    return 1
}

for u in "${urls[@]}"; do
    probe "$u" && echo "UP   $u" || echo "DOWN $u"
done
