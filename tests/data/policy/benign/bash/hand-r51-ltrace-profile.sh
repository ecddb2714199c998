#!/usr/bin/env bash
# count library calls of the test binary
set -eu
ltrace -c -o /tmp/ltrace.txt -- ./build/tests/unit --list
sort -k2 -n /tmp/ltrace.txt | tail -5
