#!/usr/bin/env bash
# Archive the build directory.
set -eu
7z a -bso0 "build-$(date +%F).7z" ./build
