#!/usr/bin/env bash
# Print a manual page as plain text for the docs bundle.
set -eu
man -P cat ls > docs/ls.txt
man --pager='less -R' bash
