#!/usr/bin/env bash
# Ordinary: configure and build a CMake project in a fresh build directory
# under the project, removing the previous build tree first, then run ctest.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
build="$here/build-${BUILD_TYPE:-Debug}"
jobs=$(nproc 2>/dev/null || echo 2)
if [ -d "$build" ]; then
    echo "removing $build"
    rm -rf -- "$build"
fi
mkdir -p "$build"
cmake -S "$here" -B "$build" -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-Debug}"
cmake --build "$build" -j "$jobs"
(cd "$build" && ctest --output-on-failure -j "$jobs")
