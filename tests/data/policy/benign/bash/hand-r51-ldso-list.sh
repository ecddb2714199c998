#!/usr/bin/env bash
# show which libraries the binary would load
set -eu
/lib64/ld-linux-x86-64.so.2 --list /bin/true
