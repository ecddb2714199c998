#!/usr/bin/env bash
# Export the build settings for the child make.
declare -x CC=clang CFLAGS="-O2 -g"
make -j4 all
