#!/usr/bin/env bash
# Ordinary API client: exports open issues of a GitHub repository to CSV,
# following pagination. The token is taken from GITHUB_TOKEN and sent only to
# api.github.com.
set -euo pipefail
repo=${1:?usage: $0 owner/name [out.csv]}
out=${2:-issues.csv}
: "${GITHUB_TOKEN:?set GITHUB_TOKEN}"
page=1
echo "number,title,author,created" > "$out"
while :; do
  body=$(curl -fsS -H "Authorization: Bearer $GITHUB_TOKEN" \
    -H 'Accept: application/vnd.github+json' \
    "https://api.github.com/repos/$repo/issues?state=open&per_page=100&page=$page")
  n=$(jq 'length' <<<"$body")
  [ "$n" -eq 0 ] && break
  jq -r '.[] | select(.pull_request | not) | [.number, .title, .user.login, .created_at] | @csv' <<<"$body" >> "$out"
  page=$((page + 1))
done
echo "wrote $(($(wc -l < "$out") - 1)) issues to $out"
