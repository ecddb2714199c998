#!/usr/bin/env bash
# Build with sccache when it is installed.
set -euo pipefail
if command -v sccache >/dev/null; then
  export RUSTC_WRAPPER=sccache
  sccache --start-server || true
fi
cargo build --release --locked
[ -n "${RUSTC_WRAPPER:-}" ] && sccache --show-stats
