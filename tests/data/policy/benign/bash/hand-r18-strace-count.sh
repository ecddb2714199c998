#!/bin/bash
# Count the system calls of the test binary.
set -eu
strace -c -f -o strace.txt ./build/tests/unit --filter smoke
sort -k4 -n strace.txt | tail -5
