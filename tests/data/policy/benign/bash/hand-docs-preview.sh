#!/usr/bin/env bash
# Ordinary program: builds a project's documentation and previews it. It
# goes to the project's build directory with cd on its own line and starts
# python's http.server there (no --directory: the build output), on the
# loopback address.
set -eu
root="$(cd "$(dirname "$0")/.." && pwd)"
mkdir -p "$root/build/docs"
cp -r "$root/docs/." "$root/build/docs/"
cd "$root/build/docs"
python3 -m http.server 8000 --bind 127.0.0.1
