#!/usr/bin/env bash
# List the open pull requests of a repository through the GitHub REST API.
# Needs GITHUB_TOKEN in the environment; prints one line per PR.
set -euo pipefail

REPO="${1:-octocat/Hello-World}"
API="${GITHUB_API_URL:-https://api.github.com}"
PER_PAGE="${PER_PAGE:-50}"

if [[ -z "${GITHUB_TOKEN:-}" ]]; then
	echo "error: GITHUB_TOKEN is not set" >&2
	exit 2
fi

command -v jq >/dev/null || { echo "error: jq is required" >&2; exit 2; }

api_get() {
	local path="$1"
	curl -fsSL \
		-H "Accept: application/vnd.github+json" \
		-H "Authorization: Bearer ${GITHUB_TOKEN}" \
		-H "X-GitHub-Api-Version: 2022-11-28" \
		"${API}${path}"
}

page=1
total=0
while :; do
	body=$(api_get "/repos/${REPO}/pulls?state=open&per_page=${PER_PAGE}&page=${page}")
	count=$(jq 'length' <<<"$body")
	if ((count == 0)); then
		break
	fi
	jq -r '.[] | "#\(.number)\t\(.user.login)\t\(.title)"' <<<"$body"
	total=$((total + count))
	if ((count < PER_PAGE)); then
		break
	fi
	page=$((page + 1))
done

echo "${total} open pull request(s) in ${REPO}" >&2
