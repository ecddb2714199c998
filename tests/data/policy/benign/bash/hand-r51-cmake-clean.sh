#!/usr/bin/env bash
# remove the build directory of this project
set -eu
cmake -E rm -rf build/cmake-tmp
cmake -S . -B build/cmake-tmp
