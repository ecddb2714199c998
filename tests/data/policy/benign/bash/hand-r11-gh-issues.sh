#!/usr/bin/env bash
# Ordinary: lists open GitHub issues with a given label through the REST
# API, paging through results; the token comes from GITHUB_TOKEN and is sent
# only to api.github.com.
set -euo pipefail

repo="${1:?usage: $0 owner/repo [label]}"
label="${2:-bug}"
api="https://api.github.com"
auth=()
[[ -n "${GITHUB_TOKEN:-}" ]] && auth=(-H "Authorization: Bearer $GITHUB_TOKEN")

page=1
total=0
while :; do
  resp=$(curl -fsSL "${auth[@]}" -H "Accept: application/vnd.github+json" \
    "$api/repos/$repo/issues?state=open&labels=$label&per_page=50&page=$page")
  count=$(jq 'length' <<< "$resp")
  (( count == 0 )) && break
  jq -r '.[] | select(.pull_request | not) | "#\(.number)\t\(.user.login)\t\(.title)"' <<< "$resp"
  total=$(( total + count ))
  page=$(( page + 1 ))
  (( page > 20 )) && break
done
echo "$total open issues labelled $label in $repo" >&2
