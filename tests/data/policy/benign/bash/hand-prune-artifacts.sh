#!/usr/bin/env bash
# Remove build artifacts older than N days from the project's own build and
# cache directories, and empty directories left behind. Dry run by default.
set -euo pipefail

days=14
apply=0
while getopts "d:y" opt; do
	case $opt in
	d) days=$OPTARG ;;
	y) apply=1 ;;
	*)
		echo "usage: $0 [-d DAYS] [-y]" >&2
		exit 2
		;;
	esac
done

root="$(git rev-parse --show-toplevel 2>/dev/null || pwd)"
targets=("$root/build" "$root/.cache/ci" "$root/dist")

total=0
for dir in "${targets[@]}"; do
	[[ -d "$dir" ]] || continue
	case "$dir" in
	"$root"/*) ;;
	*)
		echo "refusing to prune outside the project: $dir" >&2
		exit 1
		;;
	esac
	n=$(find "$dir" -type f \( -name '*.o' -o -name '*.a' -o -name '*.tar.gz' -o -name '*.log' \) -mtime +"$days" | wc -l)
	total=$((total + n))
	printf '%-40s %6d old file(s)\n' "${dir#"$root"/}" "$n"
	if ((apply)); then
		find "$dir" -type f \( -name '*.o' -o -name '*.a' -o -name '*.tar.gz' -o -name '*.log' \) -mtime +"$days" -delete
		find "$dir" -mindepth 1 -type d -empty -delete
	fi
done

if ((apply)); then
	echo "removed $total file(s) older than $days days"
else
	echo "$total file(s) would be removed; run with -y to delete them"
fi
