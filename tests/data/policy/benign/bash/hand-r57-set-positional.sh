#!/usr/bin/env bash
# Print the words of a list one per line.
set -eu
words="alpha beta gamma"
set -- $words
for w in "$@"; do echo "$w"; done
