#!/usr/bin/env bash
# Read key=value settings from a config file without sourcing it,
# then start the worker with them.
set -euo pipefail

CONFIG="${CONFIG:-./worker.conf}"

declare -A cfg=(
	[host]=127.0.0.1
	[port]=8080
	[workers]=2
	[log_level]=info
)

load_config() {
	local file="$1" key value lineno=0
	[[ -r "$file" ]] || return 0
	while IFS='=' read -r key value || [[ -n "$key" ]]; do
		lineno=$((lineno + 1))
		key="${key//[[:space:]]/}"
		[[ -z "$key" || "$key" == \#* ]] && continue
		value="${value#"${value%%[![:space:]]*}"}"
		value="${value%"${value##*[![:space:]]}"}"
		value="${value%\"}"
		value="${value#\"}"
		if [[ ! -v "cfg[$key]" ]]; then
			echo "$file:$lineno: unknown key '$key'" >&2
			continue
		fi
		cfg[$key]="$value"
	done <"$file"
}

load_config "$CONFIG"

if ! [[ "${cfg[port]}" =~ ^[0-9]+$ ]] || ((cfg[port] > 65535)); then
	echo "invalid port: ${cfg[port]}" >&2
	exit 1
fi

for k in "${!cfg[@]}"; do
	printf '%-10s = %s\n' "$k" "${cfg[$k]}"
done | sort

exec python3 -m worker \
	--host "${cfg[host]}" --port "${cfg[port]}" \
	--workers "${cfg[workers]}" --log-level "${cfg[log_level]}"
