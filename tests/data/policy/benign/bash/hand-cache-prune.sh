#!/usr/bin/env bash
# Prune this tool's own cache: drop build directories older than N days and
# keep the cache under a size limit, oldest first.
set -euo pipefail

cache_root="${XDG_CACHE_HOME:-$HOME/.cache}/widget-builder"
max_age_days="${MAX_AGE_DAYS:-14}"
max_mb="${MAX_MB:-2048}"

if [[ ! -d "$cache_root" ]]; then
	echo "no cache at $cache_root"
	exit 0
fi
case "$cache_root" in
*/widget-builder) ;;
*)
	echo "refusing to prune unexpected path: $cache_root" >&2
	exit 1
	;;
esac

removed=0
while IFS= read -r -d '' dir; do
	echo "expired: ${dir#"$cache_root"/}"
	rm -rf -- "$dir"
	removed=$((removed + 1))
done < <(find "$cache_root" -mindepth 1 -maxdepth 1 -type d -mtime +"$max_age_days" -print0)

size_mb() { du -sm "$cache_root" | cut -f1; }

current=$(size_mb)
if ((current > max_mb)); then
	echo "cache is ${current} MB, limit ${max_mb} MB"
	while IFS= read -r line; do
		dir=${line#* }
		echo "evicting: ${dir#"$cache_root"/}"
		rm -rf -- "$dir"
		removed=$((removed + 1))
		current=$(size_mb)
		((current <= max_mb)) && break
	done < <(find "$cache_root" -mindepth 1 -maxdepth 1 -type d -printf '%T@ %p\n' | sort -n)
fi

echo "removed $removed entr$( ((removed == 1)) && echo y || echo ies), cache now $(size_mb) MB"
