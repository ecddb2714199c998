#!/usr/bin/env bash
# Set up the linters from the internal index.
set -euo pipefail
uv tool install ruff
uv run --index-url https://pypi.internal.example.com/simple pytest -q
uv tool run --from ./dist/teamlint-2.3-py3-none-any.whl teamlint --check .
