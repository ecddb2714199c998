#!/usr/bin/env bash
# Format the project's Python files.
set -euo pipefail
uvx ruff format .
uvx ruff check --fix .
