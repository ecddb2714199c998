#!/usr/bin/env bash
# Run the project's tests and a local script with uv.
set -euo pipefail
uv sync --frozen
uv run pytest -q tests/
uv run --with rich python scripts/report.py --out build/report.txt
