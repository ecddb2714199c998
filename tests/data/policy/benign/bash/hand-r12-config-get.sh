#!/usr/bin/env bash
# Ordinary: reads settings from the tool's JSON configuration
# (${XDG_CONFIG_HOME:-~/.config}/mytool/config.json) with jq, falling back to
# defaults, and prints them as KEY=VALUE lines for `eval`-free consumption.
set -euo pipefail

cfg="${XDG_CONFIG_HOME:-$HOME/.config}/mytool/config.json"
declare -A defaults=([jobs]=4 [color]=auto [cache_dir]="$HOME/.cache/mytool" [timeout]=30)

get() {
    local key="$1" v=""
    if [[ -f "$cfg" ]]; then
        v="$(jq -r --arg k "$key" '.[$k] // empty' "$cfg")"
    fi
    printf '%s' "${v:-${defaults[$key]}}"
}

for key in jobs color cache_dir timeout; do
    printf '%s=%s\n' "${key^^}" "$(get "$key")"
done
