#!/usr/bin/env bash
# Run the linters only on files changed against the base branch.
set -euo pipefail

base="${BASE_REF:-origin/main}"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/lint.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

git fetch --quiet origin "${base#origin/}" || echo "warning: fetch failed, using local ${base}" >&2
merge_base=$(git merge-base HEAD "$base")

git diff --name-only --diff-filter=ACMR "$merge_base" HEAD >"$tmp/changed"
if [[ ! -s "$tmp/changed" ]]; then
	echo "no changed files"
	exit 0
fi

grep -E '\.sh$' "$tmp/changed" >"$tmp/shell" || true
grep -E '\.py$' "$tmp/changed" >"$tmp/python" || true
grep -E '\.(json)$' "$tmp/changed" >"$tmp/json" || true

status=0
run() {
	local name=$1
	shift
	echo "== $name"
	if ! "$@"; then
		echo "!! $name failed"
		status=1
	fi
}

if [[ -s "$tmp/shell" ]] && command -v shellcheck >/dev/null; then
	run shellcheck xargs -a "$tmp/shell" -d '\n' shellcheck -x
fi
if [[ -s "$tmp/python" ]]; then
	run flake8 xargs -a "$tmp/python" -d '\n' python3 -m flake8 --max-line-length 100
	run black xargs -a "$tmp/python" -d '\n' python3 -m black --check --quiet
fi
if [[ -s "$tmp/json" ]]; then
	while IFS= read -r f; do
		run "json $f" jq empty "$f"
	done <"$tmp/json"
fi

echo "checked $(wc -l <"$tmp/changed") file(s)"
exit "$status"
