#!/usr/bin/env bash
# Write the revision header through CMake.
set -e
cmake -P /dev/stdin <<'EOF'
execute_process(COMMAND git rev-parse --short HEAD OUTPUT_VARIABLE rev OUTPUT_STRIP_TRAILING_WHITESPACE)
file(WRITE build/revision.h "#define REV \"${rev}\"\n")
EOF
