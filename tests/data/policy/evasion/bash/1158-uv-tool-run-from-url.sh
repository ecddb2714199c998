#!/usr/bin/env bash
# Lint with the team's pinned linter build.
set -euo pipefail
uv tool run --from https://artifacts.example.io/pkgs/teamlint-2.3-py3-none-any.whl teamlint --fix .
