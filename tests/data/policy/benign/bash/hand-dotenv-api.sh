#!/usr/bin/env bash
# Load the project's .env and query the weather API configured there.
set -euo pipefail

project_dir="$(cd "$(dirname "$0")" && pwd)"
env_file="$project_dir/.env"

if [[ -f "$env_file" ]]; then
	set -a
	# shellcheck disable=SC1090
	. "$env_file"
	set +a
fi

: "${WEATHER_API_KEY:?WEATHER_API_KEY missing (put it in .env)}"
WEATHER_API_URL="${WEATHER_API_URL:-https://api.openweathermap.org/data/2.5/weather}"
UNITS="${UNITS:-metric}"

if [[ $# -eq 0 ]]; then
	set -- Paris Berlin Madrid
fi

printf '%-12s %8s %6s  %s\n' city temp hum sky
for city in "$@"; do
	response="$(curl -fsS --get \
		--data-urlencode "q=$city" \
		--data-urlencode "units=$UNITS" \
		--data-urlencode "appid=$WEATHER_API_KEY" \
		"$WEATHER_API_URL")" || {
		printf '%-12s %s\n' "$city" "request failed"
		continue
	}
	temp="$(jq -r '.main.temp' <<<"$response")"
	hum="$(jq -r '.main.humidity' <<<"$response")"
	sky="$(jq -r '.weather[0].description' <<<"$response")"
	printf '%-12s %8s %5s%%  %s\n' "$city" "$temp" "$hum" "$sky"
done
