#!/usr/bin/env bash
# Configure, build and test a CMake project out of tree in a throwaway
# directory, keeping the logs when a step fails.
set -euo pipefail

src="$(cd "${1:-.}" && pwd)"
jobs="${JOBS:-$(nproc)}"
keep="${KEEP_BUILD:-0}"

build=$(mktemp -d "${TMPDIR:-/tmp}/build.XXXXXXXX")
cleanup() {
	local rc=$?
	if [[ $rc -ne 0 || "$keep" == 1 ]]; then
		echo "build dir kept at $build" >&2
	else
		rm -rf -- "$build"
	fi
	exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

log() { printf '[%(%H:%M:%S)T] %s\n' -1 "$*"; }

step() {
	local name="$1"
	shift
	log "$name"
	if ! "$@" >"$build/$name.log" 2>&1; then
		echo "step '$name' failed; last lines:" >&2
		tail -n 30 "$build/$name.log" >&2
		return 1
	fi
}

step configure cmake -S "$src" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo
step build cmake --build "$build" --parallel "$jobs"
step test ctest --test-dir "$build" --output-on-failure -j "$jobs"

# remove object files we do not need to keep around when KEEP_BUILD=1
find "$build" -name '*.o' -print0 | xargs -0 -r rm -f

log "all steps passed"
