#!/usr/bin/env bash
# CI helper: make sure the deploy host's SSH key is pinned in known_hosts
# before any rsync/ssh step runs, and that it matches the expected fingerprint.
set -euo pipefail

host="${DEPLOY_HOST:?set DEPLOY_HOST}"
port="${DEPLOY_PORT:-22}"
expected="${DEPLOY_HOST_FINGERPRINT:?set DEPLOY_HOST_FINGERPRINT (SHA256:...)}"
known="${KNOWN_HOSTS_FILE:-$HOME/.ssh/known_hosts}"

mkdir -p "$(dirname "$known")"
chmod 700 "$(dirname "$known")"
touch "$known"
chmod 600 "$known"

entry="$host"
[[ "$port" != 22 ]] && entry="[$host]:$port"

if ssh-keygen -F "$entry" -f "$known" >/dev/null; then
	echo "$entry already pinned"
	exit 0
fi

scan=$(mktemp)
trap 'rm -f "$scan"' EXIT
ssh-keyscan -p "$port" -t ed25519 "$host" 2>/dev/null >"$scan"
if [[ ! -s "$scan" ]]; then
	echo "could not fetch host key for $entry" >&2
	exit 1
fi

got=$(ssh-keygen -lf "$scan" | awk '{print $2}')
if [[ "$got" != "$expected" ]]; then
	echo "fingerprint mismatch for $entry: got $got, expected $expected" >&2
	exit 1
fi

cat "$scan" >>"$known"
echo "pinned $entry ($got)"
