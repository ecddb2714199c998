#!/usr/bin/env bash
# Build steps kept in a here-document and a multi-line string, then run.
set -euo pipefail
steps=$(cat <<STEPS
mkdir -p build
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release
cmake --build build -j4
STEPS
)
eval "$steps"
cleanup="echo cleaning
rm -rf ./build/tmp
echo done"
eval "$cleanup"
