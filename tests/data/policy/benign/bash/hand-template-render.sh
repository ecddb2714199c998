#!/usr/bin/env bash
# Render {{NAME}} placeholders in a template from environment variables,
# without eval or envsubst; unknown placeholders are an error.
set -euo pipefail

template="${1:?usage: $0 TEMPLATE [OUT]}"
out="${2:-${template%.tmpl}}"

render_line() {
	local line="$1" result="" name
	while [[ "$line" =~ \{\{([A-Z_][A-Z0-9_]*)\}\} ]]; do
		name="${BASH_REMATCH[1]}"
		if [[ ! -v "$name" ]]; then
			echo "undefined placeholder: $name" >&2
			return 1
		fi
		result+="${line%%"${BASH_REMATCH[0]}"*}${!name}"
		line="${line#*"${BASH_REMATCH[0]}"}"
	done
	printf '%s\n' "$result$line"
}

export APP_NAME="${APP_NAME:-demo}"
export APP_PORT="${APP_PORT:-8080}"
export APP_ENV="${APP_ENV:-dev}"

tmp="$out.tmp.$$"
trap 'rm -f "$tmp"' EXIT
lineno=0
while IFS= read -r line || [[ -n "$line" ]]; do
	lineno=$((lineno + 1))
	render_line "$line" >>"$tmp" || { echo "$template:$lineno" >&2; exit 1; }
done <"$template"
mv "$tmp" "$out"
echo "rendered $template -> $out"
