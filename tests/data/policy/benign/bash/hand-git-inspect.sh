#!/usr/bin/env bash
# Clone a repository into a temporary directory and print commit statistics.
set -euo pipefail

url="${1:?usage: $0 REPO_URL [BRANCH]}"
branch="${2:-}"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/inspect.XXXXXX")
cleanup() {
	rm -rf "$tmp"
}
trap cleanup EXIT INT TERM

clone_args=(--quiet --filter=blob:none)
if [[ -n "$branch" ]]; then
	clone_args+=(--branch "$branch")
fi

git clone "${clone_args[@]}" "$url" "$tmp/repo"
cd "$tmp/repo"

echo "== $(git rev-parse --abbrev-ref HEAD) @ $(git rev-parse --short HEAD)"
echo "commits: $(git rev-list --count HEAD)"
echo "first:   $(git log --reverse --format='%ad' --date=short | head -n1)"
echo "last:    $(git log -1 --format='%ad' --date=short)"
echo
echo "top authors:"
git shortlog -sn --no-merges HEAD | head -n 5
echo
echo "files by extension:"
git ls-files | sed -n 's/.*\.\([A-Za-z0-9]*\)$/\1/p' | sort | uniq -c | sort -rn | head -n 10
echo
echo "tags:"
git tag --sort=-creatordate | head -n 5
