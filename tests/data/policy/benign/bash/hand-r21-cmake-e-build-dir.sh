#!/bin/bash
# Clean and recreate the CMake build directory with cmake's portable commands
set -eu
cmake -E remove_directory build
cmake -E make_directory build
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release
