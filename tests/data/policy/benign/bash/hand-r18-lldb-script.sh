#!/bin/bash
# Print the frames with a small lldb script.
set -eu
lldb --batch -o 'script import os; print(os.getpid())' -o 'bt' -- ./build/app
