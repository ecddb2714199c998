#!/bin/bash
# Print the backtrace of a core file.
set -eu
core="${1:-core}"
lldb --batch -c "$core" -o "bt all" ./build/app
