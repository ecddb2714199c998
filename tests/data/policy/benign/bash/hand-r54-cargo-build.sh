#!/usr/bin/env bash
# Build and install the workspace's own CLI, then show its version.
set -euo pipefail
cargo install --path crates/cli --locked
cargo build --release
./target/release/relkit --version
