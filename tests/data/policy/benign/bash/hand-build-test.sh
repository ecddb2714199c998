#!/usr/bin/env bash
# Configure, build and test a CMake project; keep logs under build/logs.
set -euo pipefail

SRC_DIR="${SRC_DIR:-$(pwd)}"
BUILD_DIR="${BUILD_DIR:-$SRC_DIR/build}"
JOBS="${JOBS:-$(nproc)}"
BUILD_TYPE="${BUILD_TYPE:-RelWithDebInfo}"
LOG_DIR="$BUILD_DIR/logs"

mkdir -p "$LOG_DIR"

step() {
	local name="$1"
	shift
	local log="$LOG_DIR/$name.log"
	printf '%-10s ' "$name"
	local start=$SECONDS
	if "$@" >"$log" 2>&1; then
		echo "ok ($((SECONDS - start))s)"
	else
		echo "FAILED (see $log)"
		tail -n 20 "$log" >&2
		exit 1
	fi
}

step configure cmake -S "$SRC_DIR" -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE="$BUILD_TYPE"
step build cmake --build "$BUILD_DIR" --parallel "$JOBS"
step test ctest --test-dir "$BUILD_DIR" --output-on-failure -j "$JOBS"

if [[ "${COVERAGE:-0}" == 1 ]]; then
	step coverage gcovr -r "$SRC_DIR" "$BUILD_DIR" --txt "$LOG_DIR/coverage.txt"
	tail -n 3 "$LOG_DIR/coverage.txt"
fi

echo "artifacts in $BUILD_DIR"
