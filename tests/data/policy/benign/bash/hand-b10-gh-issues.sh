#!/usr/bin/env bash
# Ordinary: HTTP client for the GitHub API. Lists open issues of a repository
# with the token from GITHUB_TOKEN in the Authorization header, follows the
# pagination and prints a table (jq parses the JSON).
set -euo pipefail

repo=${1:?usage: gh-issues OWNER/REPO [LABEL]}
label=${2:-}
api=https://api.github.com
auth=()
[[ -n ${GITHUB_TOKEN:-} ]] && auth=(-H "Authorization: Bearer $GITHUB_TOKEN")

page=1
total=0
while :; do
    url="$api/repos/$repo/issues?state=open&per_page=100&page=$page"
    [[ -n $label ]] && url+="&labels=$label"
    body=$(curl -fsSL "${auth[@]}" -H 'Accept: application/vnd.github+json' "$url")
    count=$(jq 'length' <<<"$body")
    ((count == 0)) && break
    jq -r '.[] | select(.pull_request == null) | [.number, .user.login, .title] | @tsv' <<<"$body" |
        while IFS=$'\t' read -r num user title; do
            printf '#%-6s %-16s %s\n' "$num" "$user" "${title:0:70}"
        done
    total=$((total + count))
    ((count < 100)) && break
    page=$((page + 1))
done
echo "$total issues"
