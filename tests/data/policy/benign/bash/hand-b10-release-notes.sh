#!/usr/bin/env bash
# Ordinary: release notes generator. Lists commits since the last tag with
# git, groups them by conventional-commit prefix and writes a Markdown file.
set -euo pipefail

out=${1:-RELEASE_NOTES.md}
last_tag=$(git describe --tags --abbrev=0 2>/dev/null || true)
range=${last_tag:+$last_tag..}HEAD

declare -A sections=([feat]="Features" [fix]="Bug fixes" [docs]="Documentation" [perf]="Performance")
declare -A items=()

while IFS=$'\t' read -r sha subject; do
    kind=${subject%%:*}
    kind=${kind%%(*}
    [[ -n ${sections[$kind]:-} ]] || kind=other
    items[$kind]+="- ${subject#*: } (${sha:0:7})"$'\n'
done < <(git log --no-merges --format='%H%x09%s' "$range")

{
    printf '# Release notes\n\n'
    [[ -n $last_tag ]] && printf 'Changes since %s.\n\n' "$last_tag"
    for kind in feat fix perf docs other; do
        [[ -n ${items[$kind]:-} ]] || continue
        printf '## %s\n\n%s\n' "${sections[$kind]:-Other}" "${items[$kind]}"
    done
} > "$out"

echo "wrote $out ($(grep -c '^- ' "$out" || true) entries)"
