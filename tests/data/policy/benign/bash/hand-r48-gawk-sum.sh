#!/usr/bin/env bash
# Sum the first column and report the time it took.
set -e
gawk '@load "time"; BEGIN { t = gettimeofday() } { s += $1 } END { print s, gettimeofday() - t }' data.txt
