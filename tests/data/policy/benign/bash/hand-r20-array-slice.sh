#!/bin/bash
# Run the test command with the middle of an argument list
set -u
args=(pytest -q -x tests/ --maxfail=1)
run() { "$@"; }
run "${args[@]:0:4}"
