#!/usr/bin/env bash
# Ordinary: sets up the project's Python virtual environment, installs the
# pinned requirements, runs the project's own checks inside it.
set -euo pipefail

cd "$(dirname "$0")"
py="${PYTHON:-python3}"

if [[ ! -d .venv ]]; then
  "$py" -m venv .venv
fi
# shellcheck disable=SC1091
source .venv/bin/activate
python -m pip install --upgrade pip wheel >/dev/null
python -m pip install -r requirements.txt
[[ -f requirements-dev.txt ]] && python -m pip install -r requirements-dev.txt

python -m ruff check src tests
python -m pytest -q
deactivate
echo "environment ready in $(pwd)/.venv"
