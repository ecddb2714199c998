#!/usr/bin/env bash
# Ordinary: clean out-of-tree build of a CMake project: removes its own
# build directory, configures and builds in a fresh one, runs ctest, and
# cleans a temp log directory on exit.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
build="$here/build"
logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT
if [[ ${1:-} == --clean ]]; then
  rm -rf "$build"
fi
mkdir -p "$build"
cmake -S "$here" -B "$build" -DCMAKE_BUILD_TYPE=Release > "$logs/configure.log"
cmake --build "$build" -j "$(nproc)" > "$logs/build.log" || { tail -n 40 "$logs/build.log"; exit 1; }
(cd "$build" && ctest --output-on-failure)
echo "build ok: $build"
