#!/usr/bin/env bash
# Check out a branch in a throwaway git worktree, run its tests there and
# report, without touching the current checkout. The worktree and its
# directory are removed on exit, whatever happens.
set -euo pipefail

branch="${1:?usage: $0 BRANCH [TEST-COMMAND...]}"
shift
if [[ $# -eq 0 ]]; then
	set -- make test
fi

repo="$(git rev-parse --show-toplevel)"
tmp="$(mktemp -d "${TMPDIR:-/tmp}/review.XXXXXX")"
wt="$tmp/tree"

cleanup() {
	git -C "$repo" worktree remove --force "$wt" 2>/dev/null || true
	rm -rf "$tmp"
}
trap cleanup EXIT

log() { printf '[%(%H:%M:%S)T] %s\n' -1 "$*" >&2; }

log "fetching origin"
git -C "$repo" fetch --quiet origin "$branch"
git -C "$repo" worktree add --quiet --detach "$wt" FETCH_HEAD
rev="$(git -C "$wt" rev-parse --short HEAD)"
log "testing $branch at $rev in $wt"

base="$(git -C "$wt" merge-base HEAD origin/main 2>/dev/null || true)"
if [[ -n "$base" ]]; then
	echo "files changed against main:"
	git -C "$wt" diff --stat "$base" HEAD | tail -n 20
fi

start=$SECONDS
status=0
(cd "$wt" && "$@") >"$tmp/test.log" 2>&1 || status=$?
elapsed=$((SECONDS - start))

if ((status == 0)); then
	log "tests passed in ${elapsed}s"
else
	log "tests failed (exit $status) in ${elapsed}s; last lines:"
	tail -n 30 "$tmp/test.log" >&2
fi
exit "$status"
