#!/usr/bin/env bash
# Read settings from an INI file into an associative array (no eval, no source)
# and print the effective configuration, with environment overrides.
set -euo pipefail

config="${APP_CONFIG:-${XDG_CONFIG_HOME:-$HOME/.config}/myapp/config.ini}"
declare -A cfg=(
	[server.host]=127.0.0.1
	[server.port]=8080
	[log.level]=info
	[log.file]=
)

parse_ini() {
	local file="$1" line section="" key value
	while IFS= read -r line || [[ -n "$line" ]]; do
		line="${line%%[;#]*}"
		line="${line#"${line%%[![:space:]]*}"}"
		line="${line%"${line##*[![:space:]]}"}"
		[[ -z "$line" ]] && continue
		if [[ "$line" =~ ^\[([A-Za-z0-9_.-]+)\]$ ]]; then
			section="${BASH_REMATCH[1]}"
			continue
		fi
		if [[ "$line" =~ ^([A-Za-z0-9_.-]+)[[:space:]]*=[[:space:]]*(.*)$ ]]; then
			key="${BASH_REMATCH[1]}"
			value="${BASH_REMATCH[2]}"
			value="${value%\"}"
			value="${value#\"}"
			cfg["$section.$key"]="$value"
		else
			echo "$file: ignoring malformed line: $line" >&2
		fi
	done <"$file"
}

if [[ -r "$config" ]]; then
	parse_ini "$config"
else
	echo "no config at $config, using defaults" >&2
fi

# MYAPP_SERVER_PORT=9000 overrides server.port, and so on
for k in "${!cfg[@]}"; do
	var="MYAPP_${k//./_}"
	var="${var^^}"
	if [[ -n "${!var:-}" ]]; then
		cfg[$k]="${!var}"
	fi
done

for k in $(printf '%s\n' "${!cfg[@]}" | sort); do
	printf '%-14s = %s\n' "$k" "${cfg[$k]}"
done
