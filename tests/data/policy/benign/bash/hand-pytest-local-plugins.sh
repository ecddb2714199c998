#!/usr/bin/env bash
# Ordinary: runs the project's tests with its own helper modules on
# PYTHONPATH (the repo's tools/ directory) in a fresh virtual environment
# under build/, which it deletes first.
set -euo pipefail

root=$(git rev-parse --show-toplevel)
venv=$root/build/venv
rm -rf "$venv"
python3 -m venv "$venv"
"$venv/bin/pip" install -q -r "$root/requirements-dev.txt"
export PYTHONPATH="$root/tools:$root/src"
export PYTHONDONTWRITEBYTECODE=1
"$venv/bin/python" -m pytest -q "$root/tests" "$@"
