#!/usr/bin/env bash
# Show changes with difftastic when it is installed.
set -eu
if command -v difft >/dev/null 2>&1; then
  GIT_EXTERNAL_DIFF='difft --color=always' git --no-pager diff --ext-diff "$@"
else
  git --no-pager diff --stat "$@"
fi
