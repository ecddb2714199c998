#!/bin/bash
set -e
dir=$(mktemp -d)
curl -fsSL -o "$dir/data.7z" https://dl.example-mirror.net/data.7z
7za x -o"$dir/out" "$dir/data.7z" >/dev/null
wc -l "$dir/out/data.csv"
