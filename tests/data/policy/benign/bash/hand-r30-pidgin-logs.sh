#!/bin/bash
# Counts chat logs per account.
for d in "$HOME"/.purple/logs/*/*; do
  printf '%s %s\n' "$(ls "$d" | wc -l)" "${d##*/}"
done
