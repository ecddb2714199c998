#!/usr/bin/env bash
# Check a list of URLs in parallel and print status code and time for each.
# Usage: url-status.sh urls.txt [JOBS]   (one URL per line, # comments allowed)
set -uo pipefail

list="${1:?usage: $0 FILE [JOBS]}"
jobs="${2:-8}"
timeout="${CHECK_TIMEOUT:-10}"

[[ -r $list ]] || { echo "cannot read $list" >&2; exit 2; }

check_one() {
	local url=$1 out
	out=$(curl -o /dev/null -sS -L --max-time "$CHECK_TIMEOUT" \
		-w '%{http_code} %{time_total}' "$url" 2>/dev/null) || out="000 0"
	printf '%s %s\n' "$out" "$url"
}
export -f check_one
export CHECK_TIMEOUT="$timeout"

results=$(grep -vE '^\s*(#|$)' "$list" | xargs -r -P "$jobs" -I{} bash -c 'check_one "$1"' _ {})

ok=0
bad=0
while read -r code secs url; do
	if [[ $code =~ ^[23] ]]; then
		ok=$((ok + 1))
		printf '  %s  %6.2fs  %s\n' "$code" "$secs" "$url"
	else
		bad=$((bad + 1))
		printf '! %s  %6.2fs  %s\n' "$code" "$secs" "$url"
	fi
done < <(sort -k1,1 -k3 <<<"$results")

echo "$ok ok, $bad failing"
((bad == 0))
