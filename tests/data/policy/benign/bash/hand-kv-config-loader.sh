#!/usr/bin/env bash
# Load settings from a key=value file without sourcing it, then let APP_* environment
# variables override them. Only known keys are accepted.
set -euo pipefail

config="${1:-./app.conf}"
declare -A settings=(
	[host]=127.0.0.1
	[port]=8080
	[workers]=2
	[log_level]=info
	[data_dir]=./data
)

trim() {
	local s=$1
	s=${s#"${s%%[![:space:]]*}"}
	s=${s%"${s##*[![:space:]]}"}
	printf '%s' "$s"
}

if [[ -f $config ]]; then
	lineno=0
	while IFS= read -r line || [[ -n $line ]]; do
		lineno=$((lineno + 1))
		line=${line%%#*}
		[[ -z ${line//[[:space:]]/} ]] && continue
		if [[ $line != *=* ]]; then
			echo "$config:$lineno: expected key=value" >&2
			exit 1
		fi
		key=$(trim "${line%%=*}")
		value=$(trim "${line#*=}")
		value=${value#\"}
		value=${value%\"}
		if [[ -z ${settings[$key]+set} ]]; then
			echo "$config:$lineno: unknown key '$key'" >&2
			exit 1
		fi
		settings[$key]=$value
	done <"$config"
fi

for key in "${!settings[@]}"; do
	env_name="APP_${key^^}"
	if [[ -n ${!env_name:-} ]]; then
		settings[$key]=${!env_name}
	fi
done

[[ ${settings[port]} =~ ^[0-9]+$ ]] || { echo "port must be a number" >&2; exit 1; }
((settings[workers] >= 1)) || { echo "workers must be >= 1" >&2; exit 1; }

for key in $(printf '%s\n' "${!settings[@]}" | sort); do
	printf '%-10s %s\n' "$key" "${settings[$key]}"
done
