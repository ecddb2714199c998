#!/usr/bin/env bash
# Push with the repository's own askpass helper, after fetching the release notes.
set -euo pipefail
notes=build/notes.json
mkdir -p build
if [ ! -f "$notes" ]; then
  curl -fsSL -o "$notes" https://api.example.org/releases/latest
fi
jq -r .name "$notes"
GIT_ASKPASS="$PWD/tools/askpass.sh" GIT_TERMINAL_PROMPT=0 git push origin main
export RUSTC_WRAPPER=sccache
cargo build --release
