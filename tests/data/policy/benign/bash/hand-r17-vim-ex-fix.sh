#!/usr/bin/env bash
# Normalise line endings in the notes file.
notes=${1:-NOTES.txt}
vim -es -N -u NONE -c 'set ff=unix' -c '%s/\s\+$//e' -c 'wq' "$notes"
