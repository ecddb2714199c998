#!/usr/bin/env bash
# Report disk usage of a directory tree: biggest dirs, biggest files, old files.
set -euo pipefail

root="${1:-.}"
top="${TOP:-10}"
days="${DAYS:-180}"

echo "== filesystem"
df -h "$root" | tail -n 1

echo
echo "== largest directories under $root"
du -x -h --max-depth=2 "$root" 2>/dev/null | sort -rh | head -n "$top"

echo
echo "== largest files"
find "$root" -xdev -type f -printf '%s\t%p\n' 2>/dev/null |
	sort -rn | head -n "$top" |
	while IFS=$'\t' read -r size path; do
		printf '%8s  %s\n' "$(numfmt --to=iec "$size")" "$path"
	done

echo
echo "== files not modified in $days days"
count=$(find "$root" -xdev -type f -mtime +"$days" 2>/dev/null | wc -l)
bytes=$(find "$root" -xdev -type f -mtime +"$days" -printf '%s\n' 2>/dev/null | awk '{s += $1} END {print s + 0}')
echo "$count file(s), $(numfmt --to=iec "$bytes")"

echo
echo "== by extension"
find "$root" -xdev -type f -name '*.*' -printf '%s %f\n' 2>/dev/null |
	awk '{ n = split($2, p, "."); ext = p[n]; s[ext] += $1 } END { for (e in s) print s[e], e }' |
	sort -rn | head -n "$top" |
	while read -r size ext; do printf '%8s  .%s\n' "$(numfmt --to=iec "$size")" "$ext"; done
