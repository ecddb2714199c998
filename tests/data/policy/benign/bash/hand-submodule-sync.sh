#!/usr/bin/env bash
# Bring every submodule to the tip of its tracked branch, show what moved,
# and commit the new pointers in one commit if anything changed.
set -euo pipefail

cd "$(git rev-parse --show-toplevel)"

if [[ -n "$(git status --porcelain --ignore-submodules=all)" ]]; then
	echo "working tree is dirty; commit or stash first" >&2
	exit 1
fi

git submodule sync --recursive --quiet
git submodule update --init --recursive --quiet

before="$(git submodule status --recursive)"
git submodule foreach --quiet 'branch=$(git config -f "$toplevel/.gitmodules" "submodule.$name.branch" || echo main); git fetch --quiet origin "$branch" && git checkout --quiet "origin/$branch"'
after="$(git submodule status --recursive)"

if [[ "$before" == "$after" ]]; then
	echo "all submodules already up to date"
	exit 0
fi

msg="$(mktemp)"
trap 'rm -f "$msg"' EXIT
{
	echo "Update submodules"
	echo
	diff <(echo "$before") <(echo "$after") | sed -n 's/^> *[+ ]\{0,1\}\([0-9a-f]\{7\}\)[0-9a-f]* \([^ ]*\).*/- \2 -> \1/p'
} >"$msg"

cat "$msg"
git add -A
git commit --quiet -F "$msg"
echo "committed $(git rev-parse --short HEAD)"
