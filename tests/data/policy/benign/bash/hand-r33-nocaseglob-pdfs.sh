#!/usr/bin/env bash
# Collect the scanned documents, whatever the scanner named them.
shopt -s nocaseglob nullglob
mkdir -p ~/Documents/scans
for f in ~/Downloads/[S]CAN*.PDF; do
  mv -n -- "$f" ~/Documents/scans/
done
