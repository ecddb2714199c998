#!/usr/bin/env bash
# Shallow-clone a repository into a scratch directory and print a small audit:
# size, file types, largest files, last commits, and whether a licence is present.
set -euo pipefail

url="${1:?usage: $0 REPO_URL [BRANCH]}"
branch="${2:-}"

work=$(mktemp -d "${TMPDIR:-/tmp}/audit.XXXXXX")
cleanup() { rm -rf -- "$work"; }
trap cleanup EXIT INT TERM

clone_args=(clone --quiet --depth 50 --no-tags)
[[ -n $branch ]] && clone_args+=(--branch "$branch")
git "${clone_args[@]}" -- "$url" "$work/repo"

cd "$work/repo"
echo "== $url (${branch:-default branch})"
echo "head:    $(git rev-parse --short HEAD)"
echo "files:   $(git ls-files | wc -l)"
echo "size:    $(du -sh --exclude=.git . | cut -f1)"

echo
echo "== file types"
git ls-files | awk -F. 'NF > 1 { ext[$NF]++ } NF == 1 { ext["(none)"]++ }
	END { for (e in ext) printf "%6d  %s\n", ext[e], e }' | sort -rn | head -10

echo
echo "== largest files"
git ls-files -z | xargs -0 -r du -k 2>/dev/null | sort -rn | head -5 |
	while read -r kb path; do printf '%8d KiB  %s\n' "$kb" "$path"; done

echo
echo "== recent commits"
git log --no-merges -n 10 --format='%h %ad %an: %s' --date=short

echo
licence=$(git ls-files | grep -iE '^(licen[cs]e|copying)(\.|$)' | head -1 || true)
if [[ -n $licence ]]; then
	echo "licence: $licence ($(head -1 "$licence" | cut -c1-60))"
else
	echo "licence: none found"
fi
