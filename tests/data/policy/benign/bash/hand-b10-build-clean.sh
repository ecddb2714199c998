#!/usr/bin/env bash
# Ordinary: build helper. Configures and builds a CMake project out of tree,
# removes its own build directory on --clean, keeps scratch files in a
# temporary directory removed on exit, and runs the tests.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
build_dir="$here/build"
jobs=$(nproc 2>/dev/null || echo 2)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

if [[ ${1:-} == --clean ]]; then
    echo "removing $build_dir"
    rm -rf -- "$build_dir"
    shift
fi

mkdir -p "$build_dir"
cmake -S "$here" -B "$build_dir" -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-Release}" > "$scratch/configure.log" || {
    cat "$scratch/configure.log" >&2
    exit 1
}
cmake --build "$build_dir" -j "$jobs" 2> "$scratch/build.err" || {
    tail -n 40 "$scratch/build.err" >&2
    exit 1
}
(cd "$build_dir" && ctest --output-on-failure "$@")
echo "build ok"
