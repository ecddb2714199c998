#!/usr/bin/env bash
# Compute sha256 checksums of all files under a directory in parallel and
# compare them with a previous manifest to report added/changed/removed files.
set -euo pipefail

root="${1:?usage: $0 DIR [MANIFEST]}"
manifest="${2:-$root/.sha256-manifest}"
jobs="${JOBS:-4}"

new=$(mktemp)
trap 'rm -f "$new"' EXIT

(cd "$root" &&
	find . -type f ! -name "$(basename "$manifest")" -print0 |
	xargs -0 -r -n 16 -P "$jobs" sha256sum) |
	sort -k2 >"$new"

if [[ ! -f "$manifest" ]]; then
	cp "$new" "$manifest"
	echo "created manifest with $(wc -l <"$new") entries"
	exit 0
fi

declare -A old_sum=()
while read -r sum path; do
	old_sum["$path"]=$sum
done <"$manifest"

added=0 changed=0
while read -r sum path; do
	if [[ -z "${old_sum[$path]:-}" ]]; then
		echo "A $path"
		added=$((added + 1))
	elif [[ "${old_sum[$path]}" != "$sum" ]]; then
		echo "M $path"
		changed=$((changed + 1))
	fi
	unset 'old_sum[$path]'
done <"$new"

for path in "${!old_sum[@]}"; do
	echo "D $path"
done

echo "added=$added changed=$changed removed=${#old_sum[@]}"
mv -f "$new" "$manifest"
trap - EXIT
