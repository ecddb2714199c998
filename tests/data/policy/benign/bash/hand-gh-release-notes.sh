#!/usr/bin/env bash
# Ordinary program: fetches the latest release of a repository from the
# GitHub API. The token comes from a small function around gh auth token
# and is used as a token is, in the Authorization header; the API host is
# checked with dig first, its name printed by another function.
set -eu
repo="${1:-cli/cli}"
api_host() { echo "api.github.com"; }
token() { gh auth token 2>/dev/null || echo "${GITHUB_TOKEN:-}"; }
dig +short "$(api_host)" >/dev/null || { echo "no DNS for $(api_host)"; exit 1; }
curl -fsS -H "Authorization: Bearer $(token)" -H 'Accept: application/vnd.github+json' \
  "https://$(api_host)/repos/$repo/releases/latest" | jq -r '.tag_name, .body'
