#!/bin/bash
# Run the version script.
set -eu
cmake -P /dev/stdin <<'CMAKE'
execute_process(COMMAND git describe --tags OUTPUT_VARIABLE v)
message(STATUS "version ${v}")
CMAKE
