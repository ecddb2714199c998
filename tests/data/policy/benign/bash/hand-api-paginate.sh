#!/usr/bin/env bash
# Ordinary: lists all open issues of a GitHub repository through the REST
# API, following the pagination, with the token from GITHUB_TOKEN; prints
# number and title.
set -euo pipefail
repo=${1:?usage: $0 owner/name}
: "${GITHUB_TOKEN:?set GITHUB_TOKEN}"
page=1
while :; do
  body=$(curl -fsS \
    -H "Authorization: Bearer $GITHUB_TOKEN" \
    -H "Accept: application/vnd.github+json" \
    "https://api.github.com/repos/$repo/issues?state=open&per_page=100&page=$page")
  count=$(jq 'length' <<< "$body")
  (( count == 0 )) && break
  jq -r '.[] | select(.pull_request | not) | "#\(.number)\t\(.title)"' <<< "$body"
  page=$((page + 1))
done
