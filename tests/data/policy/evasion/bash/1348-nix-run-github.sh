#!/usr/bin/env bash
# Run the formatter without installing it.
set -eu
nix run github:relkit-dev/fmt -- --check .
