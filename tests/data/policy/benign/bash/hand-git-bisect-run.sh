#!/usr/bin/env bash
# Find the commit that broke a build: clone the repository into a temporary
# directory and let git bisect run the build command at each step.
set -euo pipefail

usage() {
	echo "usage: $0 REPO_URL GOOD_REF [BAD_REF]" >&2
	exit 2
}
[[ $# -ge 2 ]] || usage
url="$1"
good="$2"
bad="${3:-HEAD}"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

echo "cloning $url"
git clone --quiet --filter=blob:none "$url" "$tmp/repo"
cd "$tmp/repo"

cat >"$tmp/check.sh" <<'SCRIPT'
#!/bin/sh
# exit 125 skips commits that cannot be configured at all
[ -f Makefile ] || exit 125
make -s clean >/dev/null 2>&1 || true
make -s -j2 >/dev/null 2>&1
SCRIPT
chmod +x "$tmp/check.sh"

git bisect start "$bad" "$good" >/dev/null
if git bisect run "$tmp/check.sh" >"$tmp/bisect.log" 2>&1; then
	first_bad=$(git bisect view --pretty=%H 2>/dev/null | head -n1 || true)
	grep -m1 'is the first bad commit' "$tmp/bisect.log" || true
	if [[ -n "$first_bad" ]]; then
		git show --stat --oneline "$first_bad" | head -n 20
	fi
else
	echo "bisect failed, log follows" >&2
	tail -n 20 "$tmp/bisect.log" >&2
fi
git bisect reset --quiet
