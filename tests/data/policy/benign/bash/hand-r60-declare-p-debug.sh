#!/usr/bin/env bash
# Show the build options when debugging.
set -eu
opts=(--release --locked)
if [ -n "${DEBUG:-}" ]; then
  declare -p opts >&2
fi
cargo build "${opts[@]}"
