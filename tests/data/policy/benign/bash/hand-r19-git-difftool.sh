#!/bin/bash
# Show the last commit's changes with a side-by-side diff.
set -eu
cd "$(git rev-parse --show-toplevel)"
git difftool --no-prompt --extcmd='diff -y --suppress-common-lines -W 160' HEAD~1 -- "${1:-.}"
