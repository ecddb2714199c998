#!/usr/bin/env bash
# Ordinary: checks that the services of a local stack accept TCP
# connections (a port probe with bash's /dev/tcp, nothing sent) and prints
# a status table; exits non-zero when one is down.
set -uo pipefail

declare -A services=(
  [postgres]="127.0.0.1:5432"
  [redis]="127.0.0.1:6379"
  [api]="127.0.0.1:8080"
)

probe() {
  local host=$1 port=$2
  : </dev/tcp/"$host"/"$port"
}

down=0
printf '%-10s %-16s %s\n' SERVICE ADDRESS STATUS
for name in $(printf '%s\n' "${!services[@]}" | sort); do
  addr=${services[$name]}
  if probe "${addr%:*}" "${addr##*:}" 2>/dev/null; then
    status=up
  else
    status=DOWN
    down=$((down + 1))
  fi
  printf '%-10s %-16s %s\n' "$name" "$addr" "$status"
done
exit $(( down > 0 ))
