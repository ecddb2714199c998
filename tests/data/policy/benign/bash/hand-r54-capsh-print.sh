#!/usr/bin/env bash
# Show the current capability sets for the diagnostics page.
set -eu
capsh --print | grep -E '^(Current|Bounding)'
