#!/usr/bin/env bash
# The layout of src/ (call cycles between files, include cycles, file
# length, which directories include which): see layout.py. Counted as one
# test by tests/run-all.sh; `make layout` runs it alone.
# usage: tests/layout/run.sh [--rooms] [BUILD]
set -eu
rooms=
if [ "${1:-}" = --rooms ]; then rooms=--rooms; shift; fi
build=${1:-build}
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top"
exec python3 tests/layout/layout.py $rooms "$build"
