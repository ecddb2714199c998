#!/usr/bin/env bash
# Create or verify a SHA-256 manifest for a release directory.
set -euo pipefail

mode="${1:-verify}"
dir="${2:-dist}"
manifest="$dir/SHA256SUMS"

case "$mode" in
create)
	(
		cd "$dir"
		find . -type f ! -name SHA256SUMS -print0 | sort -z | xargs -0 sha256sum
	) >"$manifest.tmp"
	mv "$manifest.tmp" "$manifest"
	echo "wrote $(wc -l <"$manifest") entries to $manifest"
	;;
verify)
	[[ -f "$manifest" ]] || { echo "no manifest in $dir" >&2; exit 1; }
	bad=0
	while read -r sum path; do
		if [[ ! -f "$dir/$path" ]]; then
			echo "MISSING $path"
			bad=$((bad + 1))
			continue
		fi
		actual=$(sha256sum "$dir/$path" | cut -d' ' -f1)
		if [[ "$actual" != "$sum" ]]; then
			echo "CHANGED $path"
			bad=$((bad + 1))
		fi
	done <"$manifest"
	extra=$(cd "$dir" && find . -type f ! -name SHA256SUMS | sort | comm -13 <(awk '{print $2}' SHA256SUMS | sort) -)
	if [[ -n "$extra" ]]; then
		echo "untracked files:"
		printf '  %s\n' $extra
	fi
	((bad == 0)) && echo "all files match"
	exit $((bad > 0))
	;;
*)
	echo "usage: $0 create|verify [DIR]" >&2
	exit 2
	;;
esac
