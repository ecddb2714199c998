#!/usr/bin/env bash
# List the latest release tag of the upstream repository.
set -eu
repo="https://github.com/example/project.git"
latest=$(git ls-remote --tags --refs "$repo" | awk -F/ '{print $NF}' | sort -V | tail -n1)
echo "latest upstream tag: $latest"
