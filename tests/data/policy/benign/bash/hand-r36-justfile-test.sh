#!/usr/bin/env bash
# Run the test recipe from a generated justfile.
cat > /tmp/justfile <<'JUST'
test:
    cargo test --quiet
JUST
just --justfile /tmp/justfile test
