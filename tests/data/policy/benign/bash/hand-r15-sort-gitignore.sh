#!/usr/bin/env bash
# Add build artefacts to .gitignore, keeping it sorted and unique.
set -eu
gi=.gitignore
touch "$gi"
printf '%s\n' "dist/" "*.o" "__pycache__/" | sort -u -m -o "$gi" "$gi" -
sort -u -o "$gi" "$gi"
wc -l < "$gi"
