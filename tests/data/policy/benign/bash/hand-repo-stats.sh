#!/usr/bin/env bash
# Clone a repository into a scratch directory and print contributor and file statistics.
set -euo pipefail

usage() {
	echo "usage: $0 <git-url> [branch]" >&2
	exit 2
}

[[ $# -ge 1 ]] || usage
url="$1"
branch="${2:-}"

workdir="$(mktemp -d "${TMPDIR:-/tmp}/repo-stats.XXXXXX")"
cleanup() { rm -rf "$workdir"; }
trap cleanup EXIT INT TERM

clone_args=(clone --quiet --filter=blob:none)
if [[ -n "$branch" ]]; then
	clone_args+=(--branch "$branch")
fi
git "${clone_args[@]}" "$url" "$workdir/repo"

cd "$workdir/repo"

echo "== $url"
echo "head:     $(git log -1 --format='%h %s')"
echo "commits:  $(git rev-list --count HEAD)"
echo "first:    $(git log --reverse --format='%ad' --date=short | head -n 1)"
echo "tags:     $(git tag | wc -l)"
echo

echo "== top contributors"
git shortlog -sne HEAD | head -n 10
echo

echo "== files by extension"
git ls-files |
	awk -F. 'NF > 1 { ext[$NF]++ } NF == 1 { ext["(none)"]++ }
	     END { for (e in ext) printf "%6d  %s\n", ext[e], e }' |
	sort -rn | head -n 15
echo

echo "== busiest files (last 500 commits)"
git log -n 500 --name-only --format= |
	grep -v '^$' | sort | uniq -c | sort -rn | head -n 10
