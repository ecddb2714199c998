#!/usr/bin/env bash
# Ordinary: builds a CHANGELOG section from git history between the last tag
# and HEAD, grouping conventional-commit subjects by type.
set -euo pipefail

out="${1:-CHANGELOG.md}"
last_tag=$(git describe --tags --abbrev=0 2>/dev/null || true)
range="${last_tag:+$last_tag..}HEAD"
version="${NEXT_VERSION:-unreleased}"

declare -A section=([feat]="Features" [fix]="Bug fixes" [perf]="Performance" [docs]="Documentation")
declare -A lines=()

while IFS=$'\t' read -r hash subject; do
  type="${subject%%:*}"
  type="${type%%(*}"
  [[ -n "${section[$type]:-}" ]] || type=other
  lines[$type]+="- ${subject#*: } (${hash:0:7})"$'\n'
done < <(git log --no-merges --pretty=format:'%H%x09%s' "$range"; echo)

tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
{
  echo "## $version ($(date +%Y-%m-%d))"
  echo
  for type in feat fix perf docs other; do
    [[ -n "${lines[$type]:-}" ]] || continue
    echo "### ${section[$type]:-Other}"
    echo
    printf '%s\n' "${lines[$type]}"
  done
  [[ -f "$out" ]] && cat "$out"
} > "$tmp"
mv "$tmp" "$out"
trap - EXIT
echo "wrote $out for $range"
