#!/usr/bin/env bash
# Install the release helper from its repository and run it.
set -euo pipefail
cargo install --git https://github.com/relkit-dev/relkit --locked relkit
relkit prepare --all
