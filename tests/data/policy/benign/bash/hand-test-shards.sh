#!/usr/bin/env bash
# Split the test files into N shards by size and run the shards in parallel,
# each with its own log; print a summary and fail if any shard failed.
set -euo pipefail

shards="${SHARDS:-4}"
pattern="${TEST_GLOB:-tests/test_*.py}"
logdir="$(mktemp -d "${TMPDIR:-/tmp}/shards.XXXXXX")"
keep_logs="${KEEP_LOGS:-0}"

cleanup() {
	if [[ "$keep_logs" != 1 ]]; then
		rm -rf "$logdir"
	else
		echo "logs kept in $logdir"
	fi
}
trap cleanup EXIT

shopt -s nullglob
# shellcheck disable=SC2206
files=($pattern)
if ((${#files[@]} == 0)); then
	echo "no tests match $pattern" >&2
	exit 1
fi

# Biggest files first, dealt round-robin so shards are about even.
mapfile -t sorted < <(wc -c "${files[@]}" | grep -v ' total$' | sort -rn | awk '{print $2}')
for ((i = 0; i < ${#sorted[@]}; i++)); do
	printf '%s\n' "${sorted[i]}" >>"$logdir/shard-$((i % shards)).list"
done

export logdir
seq 0 $((shards - 1)) | xargs -P "$shards" -I{} sh -c '
	list="$logdir/shard-{}.list"
	[ -s "$list" ] || exit 0
	if python3 -m pytest -q $(cat "$list") >"$logdir/shard-{}.log" 2>&1; then
		echo "shard {}: ok"
	else
		echo "shard {}: FAILED"
		touch "$logdir/shard-{}.failed"
	fi
'

failed=("$logdir"/*.failed)
if ((${#failed[@]})); then
	for f in "${failed[@]}"; do
		echo "=== ${f##*/} ===" >&2
		tail -n 20 "${f%.failed}.log" >&2
	done
	exit 1
fi
echo "all $shards shards passed"
