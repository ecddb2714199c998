#!/usr/bin/env bash
# Run the checks through the launcher the operator names.
set -eu
read -r -p "launcher: " launcher
run() { "$launcher" "$@"; }
run make -C build test
run rm -rf ./build/tmp
