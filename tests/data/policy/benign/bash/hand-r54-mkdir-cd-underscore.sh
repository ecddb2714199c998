#!/usr/bin/env bash
# Make the build directory, enter it and configure.
set -eu
mkdir -p build/release && cd "$_"
cmake -DCMAKE_BUILD_TYPE=Release ../..
echo "configured in" "$PWD"
printf '%s\n' "last: ${_}"
