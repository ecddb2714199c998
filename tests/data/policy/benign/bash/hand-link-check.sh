#!/usr/bin/env bash
# Ordinary docs helper: extracts http(s) links from Markdown files and checks
# them with HEAD requests, 8 in parallel through xargs; prints broken ones.
set -euo pipefail
dir=${1:-docs}
check() {
  code=$(curl -s -o /dev/null -I -L --max-time 10 -w '%{http_code}' "$1" || echo 000)
  case "$code" in
    2*|3*) ;;
    *) printf '%s %s\n' "$code" "$1" ;;
  esac
}
export -f check
grep -rhoE 'https?://[^) >"]+' --include='*.md' "$dir" | sort -u |
  xargs -r -P 8 -I{} bash -c 'check "$1"' _ {}
