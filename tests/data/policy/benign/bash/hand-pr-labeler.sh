#!/usr/bin/env bash
# Label open pull requests by the top-level directories they touch.
# Needs GITHUB_TOKEN and GITHUB_REPOSITORY (owner/name) in the environment.
set -euo pipefail

: "${GITHUB_TOKEN:?set GITHUB_TOKEN}"
: "${GITHUB_REPOSITORY:?set GITHUB_REPOSITORY, e.g. octo/widgets}"
api="${GITHUB_API_URL:-https://api.github.com}"
dry_run=0
[[ "${1:-}" == "--dry-run" ]] && dry_run=1

declare -A label_for=(
	[docs]="documentation"
	[src]="code"
	[tests]="tests"
	[.github]="ci"
)

gh_get() {
	curl -fsSL \
		-H "Authorization: Bearer ${GITHUB_TOKEN}" \
		-H "Accept: application/vnd.github+json" \
		"${api}/repos/${GITHUB_REPOSITORY}/$1"
}

gh_post() {
	curl -fsSL -X POST \
		-H "Authorization: Bearer ${GITHUB_TOKEN}" \
		-H "Accept: application/vnd.github+json" \
		-d "$2" \
		"${api}/repos/${GITHUB_REPOSITORY}/$1" >/dev/null
}

prs=$(gh_get "pulls?state=open&per_page=50" | jq -r '.[].number')
if [[ -z "$prs" ]]; then
	echo "no open pull requests"
	exit 0
fi

for pr in $prs; do
	mapfile -t files < <(gh_get "pulls/${pr}/files?per_page=100" | jq -r '.[].filename')
	declare -A wanted=()
	for f in "${files[@]}"; do
		top=${f%%/*}
		if [[ -n "${label_for[$top]:-}" ]]; then
			wanted[${label_for[$top]}]=1
		fi
	done
	if ((${#wanted[@]} == 0)); then
		echo "#${pr}: nothing to label"
		unset wanted
		continue
	fi
	labels=$(printf '%s\n' "${!wanted[@]}" | sort | jq -R . | jq -s -c '{labels: .}')
	echo "#${pr}: ${labels}"
	if ((dry_run == 0)); then
		gh_post "issues/${pr}/labels" "$labels"
	fi
	unset wanted
done
