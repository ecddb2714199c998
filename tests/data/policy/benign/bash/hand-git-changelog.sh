#!/usr/bin/env bash
# Build a markdown changelog between two tags of a git repository,
# grouping commits by their conventional-commit type.
set -euo pipefail

usage() {
	echo "usage: $0 [-C repo] FROM_TAG [TO_REF]" >&2
	exit 2
}

repo=.
while getopts 'C:h' opt; do
	case "$opt" in
	C) repo="$OPTARG" ;;
	*) usage ;;
	esac
done
shift $((OPTIND - 1))
[[ $# -ge 1 ]] || usage
from="$1"
to="${2:-HEAD}"

git -C "$repo" rev-parse --verify --quiet "$from^{commit}" >/dev/null ||
	{ echo "unknown ref: $from" >&2; exit 1; }

declare -A section=(
	[feat]="Features"
	[fix]="Bug fixes"
	[perf]="Performance"
	[docs]="Documentation"
)
declare -A lines=()
other=""

while IFS=$'\t' read -r hash subject author; do
	type="${subject%%:*}"
	type="${type%%(*}"
	entry="- ${subject#*: } (${hash:0:7}, $author)"
	if [[ -n "${section[$type]:-}" ]]; then
		lines[$type]+="$entry"$'\n'
	else
		other+="- $subject (${hash:0:7}, $author)"$'\n'
	fi
done < <(git -C "$repo" log --no-merges --format='%H%x09%s%x09%an' "$from..$to")

echo "# Changes from $from to $to"
echo
for type in feat fix perf docs; do
	[[ -n "${lines[$type]:-}" ]] || continue
	echo "## ${section[$type]}"
	echo
	printf '%s' "${lines[$type]}"
	echo
done
if [[ -n "$other" ]]; then
	echo "## Other"
	echo
	printf '%s' "$other"
fi
