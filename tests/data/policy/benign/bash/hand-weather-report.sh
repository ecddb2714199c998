#!/usr/bin/env bash
# Fetch the current weather for a list of cities from an HTTP API and print a table.
# The API key comes from the environment; nothing is written outside a temp dir.
set -euo pipefail

API_BASE="${WEATHER_API_BASE:-https://api.openweathermap.org/data/2.5}"
UNITS="${WEATHER_UNITS:-metric}"

if [[ -z "${WEATHER_API_KEY:-}" ]]; then
	echo "error: WEATHER_API_KEY is not set" >&2
	exit 2
fi

if [[ $# -eq 0 ]]; then
	set -- Berlin Paris Madrid
fi

workdir=$(mktemp -d -t weather.XXXXXX)
trap 'rm -rf "$workdir"' EXIT

fetch_city() {
	local city="$1" out="$2"
	curl -fsS --retry 3 --max-time 10 \
		--get "$API_BASE/weather" \
		--data-urlencode "q=$city" \
		--data-urlencode "units=$UNITS" \
		--data-urlencode "appid=$WEATHER_API_KEY" \
		-o "$out"
}

printf '%-12s %8s %8s  %s\n' CITY TEMP HUMID CONDITIONS
failed=0
for city in "$@"; do
	file="$workdir/${city// /_}.json"
	if ! fetch_city "$city" "$file"; then
		echo "warning: could not fetch $city" >&2
		failed=$((failed + 1))
		continue
	fi
	temp=$(jq -r '.main.temp' "$file")
	humid=$(jq -r '.main.humidity' "$file")
	cond=$(jq -r '[.weather[].description] | join(", ")' "$file")
	printf '%-12s %8.1f %7s%%  %s\n' "$city" "$temp" "$humid" "$cond"
done

if ((failed > 0)); then
	echo "$failed of $# cities failed" >&2
	exit 1
fi
