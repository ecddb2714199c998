#!/usr/bin/env bash
# Every fuzz target as built by `make check` without libFuzzer
# (tests/fuzz/replay.c) replays its seed corpus, tests/fuzz/corpus/NAME:
# a target that no longer links is a missing binary here, and an input that
# makes one crash or abort fails the run. `make fuzz` is the fuzzing itself.
set -u
build=${1:-build}
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top"
targets=$(sed -n 's/^FUZZ_TARGETS := //p' Makefile)
[ -n "$targets" ] || { echo "fuzz replay: no FUZZ_TARGETS in the Makefile" >&2; exit 1; }
bad=0 n=0
for t in $targets; do
	bin="$build/tests/fuzz/$t"
	if [ ! -x "$bin" ]; then
		echo "fuzz replay: $bin is missing (make $bin)" >&2
		bad=1
		continue
	fi
	corpus=()
	[ -d "tests/fuzz/corpus/$t" ] && corpus=("tests/fuzz/corpus/$t")
	# the targets that run programs or write files do so in a directory of
	# their own, removed after
	dir=$(mktemp -d /tmp/airlock-fuzz-replay.XXXXXX)
	if ! (cd "$dir" && LSAN_OPTIONS=suppressions="$top/tests/fuzz/lsan.supp" \
		timeout 300 "$top/$bin" "${corpus[@]/#/$top/}"); then
		echo "fuzz replay: $t failed on its seed corpus" >&2
		bad=1
	fi
	rm -rf "$dir"
	n=$((n + 1))
done
echo "fuzz replay: $n targets"
exit "$bad"
