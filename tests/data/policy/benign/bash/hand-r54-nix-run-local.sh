#!/usr/bin/env bash
# Run the formatter from this repository's flake.
set -eu
nix run .#fmt -- --check .
nix flake check
