#!/usr/bin/env bash
# Open an issue for a failed nightly with the log tail.
set -u
log=${1:-build.log}
{
  echo "nightly failed on $(date -u +%F)"
  tail -n 50 "$log"
} | gh issue create -R "$GITHUB_REPOSITORY" -t "nightly failure" -F -
