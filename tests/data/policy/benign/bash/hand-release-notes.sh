#!/usr/bin/env bash
# Write Markdown release notes for the commits between the last two tags,
# grouped by conventional-commit type.
set -euo pipefail

repo="${1:-.}"
cd "$repo"

mapfile -t tags < <(git tag --sort=-creatordate | head -n 2)
if ((${#tags[@]} == 0)); then
	echo "no tags in $(pwd)" >&2
	exit 1
fi
to="${tags[0]}"
from="${tags[1]:-$(git rev-list --max-parents=0 HEAD | tail -n1)}"

declare -A titles=(
	[feat]="Features"
	[fix]="Bug fixes"
	[perf]="Performance"
	[docs]="Documentation"
	[other]="Other changes"
)
declare -A sections=()

while IFS=$'\t' read -r sha subject author; do
	type="${subject%%:*}"
	type="${type%%(*}"
	type="${type%!}"
	if [[ -z "${titles[$type]:-}" || "$subject" != *:* ]]; then
		type=other
	else
		subject="${subject#*: }"
	fi
	sections[$type]+="- ${subject} (${sha:0:7}, ${author})"$'\n'
done < <(git log --no-merges --format=$'%H\t%s\t%an' "${from}..${to}")

printf '# %s\n\n' "$to"
printf '_Changes since %s, %s._\n\n' "$from" "$(git log -1 --format=%cs "$to")"
for type in feat fix perf docs other; do
	[[ -n "${sections[$type]:-}" ]] || continue
	printf '## %s\n\n%s\n' "${titles[$type]}" "${sections[$type]}"
done

contributors=$(git log --format=%an "${from}..${to}" | sort -u | paste -sd, - | sed 's/,/, /g')
printf '## Contributors\n\n%s\n' "$contributors"
