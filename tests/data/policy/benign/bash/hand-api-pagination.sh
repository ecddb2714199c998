#!/usr/bin/env bash
# Export all issues of a GitHub repository to CSV, following the API's pagination.
# Usage: GITHUB_TOKEN=... ./export-issues.sh owner/repo [out.csv]
set -euo pipefail

repo="${1:?usage: $0 owner/repo [out.csv]}"
out="${2:-issues.csv}"
api="${GITHUB_API_URL:-https://api.github.com}"
per_page=100
: "${GITHUB_TOKEN:?set GITHUB_TOKEN}"

log() { printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

fetch_page() {
	local page="$1"
	curl -fsS --retry 3 --max-time 30 \
		-H "Authorization: Bearer ${GITHUB_TOKEN}" \
		-H "Accept: application/vnd.github+json" \
		-H "X-GitHub-Api-Version: 2022-11-28" \
		"${api}/repos/${repo}/issues?state=all&per_page=${per_page}&page=${page}"
}

tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT

printf 'number,state,created_at,comments,title\n' >"$out"
page=1
total=0
while :; do
	log "fetching page $page"
	fetch_page "$page" >"$tmp"
	count=$(jq 'length' "$tmp")
	if ((count == 0)); then
		break
	fi
	jq -r '.[] | select(has("pull_request") | not)
		| [.number, .state, .created_at, .comments, .title] | @csv' "$tmp" >>"$out"
	total=$((total + count))
	if ((count < per_page)); then
		break
	fi
	page=$((page + 1))
	sleep 1
done

log "wrote $(($(wc -l <"$out") - 1)) issues (of $total items) to $out"
