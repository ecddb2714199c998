#!/usr/bin/env bash
# Print the version recorded in the CMake project.
set -e
script=$(mktemp --suffix=.cmake)
cat > "$script" <<'EOF'
file(STRINGS "${CMAKE_CURRENT_LIST_DIR}/VERSION" ver LIMIT_COUNT 1)
execute_process(COMMAND git describe --tags OUTPUT_VARIABLE desc)
message(STATUS "version ${ver} ${desc}")
EOF
cmake -P "$script"
rm -f "$script"
