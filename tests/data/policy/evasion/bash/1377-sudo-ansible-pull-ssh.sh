#!/usr/bin/env bash
# Nightly converge job.
set -eu
if command -v ansible-pull >/dev/null; then
  sudo ansible-pull -o -C stable -U git@github.com:fleet-ops/nightly.git
fi
