#!/usr/bin/env bash
# Summarise the open merge requests of a GitLab project: author, age in days, title.
# Configuration comes from the environment: GITLAB_TOKEN (required), GITLAB_URL, PROJECT_ID.
set -euo pipefail

GITLAB_URL="${GITLAB_URL:-https://gitlab.com}"
PROJECT_ID="${PROJECT_ID:-278964}"
PER_PAGE=100
OUT="${1:-mr-report.tsv}"

log() { printf '%s [mr-report] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

if [[ -z "${GITLAB_TOKEN:-}" ]]; then
	log "GITLAB_TOKEN is not set"
	exit 2
fi
for tool in curl jq; do
	command -v "$tool" >/dev/null || { log "missing $tool"; exit 2; }
done

fetch_page() {
	local page=$1
	curl -fsS --retry 3 --max-time 30 \
		--header "PRIVATE-TOKEN: ${GITLAB_TOKEN}" \
		"${GITLAB_URL}/api/v4/projects/${PROJECT_ID}/merge_requests?state=opened&per_page=${PER_PAGE}&page=${page}"
}

now=$(date -u +%s)
page=1
rows=0
: >"$OUT"
while :; do
	body=$(fetch_page "$page")
	n=$(jq 'length' <<<"$body")
	((n == 0)) && break
	while IFS=$'\t' read -r iid author created title; do
		created_s=$(date -u -d "$created" +%s)
		age=$(((now - created_s) / 86400))
		printf '%s\t%s\t%s\t%s\n' "$iid" "$author" "$age" "$title" >>"$OUT"
		rows=$((rows + 1))
	done < <(jq -r '.[] | [.iid, .author.username, .created_at, .title] | @tsv' <<<"$body")
	((n < PER_PAGE)) && break
	page=$((page + 1))
done

log "wrote $rows merge requests to $OUT"
if ((rows > 0)); then
	echo "oldest:"
	sort -t $'\t' -k3,3nr "$OUT" | head -5 | awk -F'\t' '{ printf "  !%s  %-16s %4d days  %s\n", $1, $2, $3, $4 }'
fi
