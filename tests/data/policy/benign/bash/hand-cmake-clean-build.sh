#!/usr/bin/env bash
# Ordinary build helper: wipes the project's own build directory (next to the
# script), configures with cmake, builds in parallel and runs ctest.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
build="$here/build"
type=${BUILD_TYPE:-Release}
if [ "${1:-}" = "--clean" ] && [ -d "$build" ]; then
  echo "removing $build"
  rm -rf -- "$build"
fi
mkdir -p "$build"
cmake -S "$here" -B "$build" -DCMAKE_BUILD_TYPE="$type"
cmake --build "$build" -j "$(nproc)"
(cd "$build" && ctest --output-on-failure)
