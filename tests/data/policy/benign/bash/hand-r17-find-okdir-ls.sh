#!/usr/bin/env bash
# List each project folder, confirming each one.
top="$HOME/projects"
find "$top" -mindepth 1 -maxdepth 1 -okdir ls -la -- {} \;
