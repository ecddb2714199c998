#!/usr/bin/env bash
# Build the gem and push it with the releaser's API key.
set -euo pipefail
gem build mytool.gemspec
if ! gem signin --help >/dev/null 2>&1; then
  echo "rubygems too old: update it first" >&2
  exit 1
fi
gem push --key release mytool-*.gem
