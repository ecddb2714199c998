#!/usr/bin/env bash
# Clean the project's build outputs, found relative to this script.
set -eu
root=$(realpath "$(dirname "$0")/..")
rm -rf -- "$root/build" "$root/dist"
rm -rf -- "$HOME/.cache/pip/../pip-tools"
find "$root/src/.." -name '*.pyc' -delete
cd "$root" && git status --short
