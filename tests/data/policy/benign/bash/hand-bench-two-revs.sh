#!/usr/bin/env bash
# Build two revisions side by side in temporary worktrees and compare run time.
set -euo pipefail

usage() { echo "usage: $0 <old-rev> <new-rev> [runs]" >&2; exit 2; }
[[ $# -ge 2 ]] || usage
old=$1 new=$2 runs=${3:-5}

repo=$(git rev-parse --show-toplevel)
scratch=$(mktemp -d)
cleanup() {
	for rev in old new; do
		if [[ -d "$scratch/$rev" ]]; then
			git -C "$repo" worktree remove --force "$scratch/$rev" || true
		fi
	done
	rm -rf "$scratch"
}
trap cleanup EXIT

build() {
	local name=$1 rev=$2
	git -C "$repo" worktree add --detach --quiet "$scratch/$name" "$rev"
	make -C "$scratch/$name" -j"$(nproc)" >"$scratch/$name.log" 2>&1 || {
		echo "build of $rev failed, see log:" >&2
		tail -n 20 "$scratch/$name.log" >&2
		exit 1
	}
}

measure() {
	local bin=$1 i start end total=0
	for ((i = 0; i < runs; i++)); do
		start=$(date +%s%N)
		"$bin" --selftest >/dev/null
		end=$(date +%s%N)
		total=$((total + (end - start) / 1000000))
	done
	echo $((total / runs))
}

build old "$old"
build new "$new"

t_old=$(measure "$scratch/old/build/widget")
t_new=$(measure "$scratch/new/build/widget")
printf '%-8s %-12s %8s\n' rev commit "ms/run"
printf '%-8s %-12s %8d\n' old "$(git -C "$repo" rev-parse --short "$old")" "$t_old"
printf '%-8s %-12s %8d\n' new "$(git -C "$repo" rev-parse --short "$new")" "$t_new"
if ((t_old > 0)); then
	echo "change: $(((t_new - t_old) * 100 / t_old))%"
fi
