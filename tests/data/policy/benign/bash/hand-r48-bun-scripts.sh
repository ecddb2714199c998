#!/usr/bin/env bash
# Install dependencies and build the site.
set -e
bun install --frozen-lockfile
bun run build
