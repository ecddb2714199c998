#!/usr/bin/env bash
# Check a list of URLs concurrently with a bounded number of jobs.
set -uo pipefail

list="${1:-urls.txt}"
max_jobs="${MAX_JOBS:-4}"
timeout="${TIMEOUT:-10}"
results=$(mktemp)
trap 'rm -f "$results"' EXIT

check() {
	local url="$1" code time
	read -r code time < <(curl -o /dev/null -s -m "$timeout" -w '%{http_code} %{time_total}\n' "$url" || echo "000 0")
	printf '%s\t%s\t%s\n' "$code" "$time" "$url" >>"$results"
}

running=0
while IFS= read -r url; do
	[[ -z "$url" || "$url" == \#* ]] && continue
	check "$url" &
	running=$((running + 1))
	if ((running >= max_jobs)); then
		wait -n
		running=$((running - 1))
	fi
done <"$list"
wait

sort -k1,1 "$results" | column -t -s $'\t'
failed=$(awk -F'\t' '$1 !~ /^[23]/' "$results" | wc -l)
echo "failed: $failed"
((failed == 0))
