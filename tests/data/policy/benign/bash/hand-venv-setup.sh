#!/usr/bin/env bash
# Create a virtualenv, install requirements, and run the test suite.
set -euo pipefail

PYTHON="${PYTHON:-python3}"
VENV="${VENV:-.venv}"
REQ="${REQ:-requirements.txt}"
DEV_REQ="${DEV_REQ:-requirements-dev.txt}"

if [[ ! -x "$VENV/bin/python" ]]; then
	echo "creating $VENV with $($PYTHON --version)"
	"$PYTHON" -m venv "$VENV"
fi

"$VENV/bin/python" -m pip install --quiet --upgrade pip wheel
for r in "$REQ" "$DEV_REQ"; do
	if [[ -f "$r" ]]; then
		echo "installing $r"
		"$VENV/bin/python" -m pip install --quiet -r "$r"
	fi
done

if [[ -f pyproject.toml ]]; then
	"$VENV/bin/python" -m pip install --quiet -e .
fi

echo "running tests"
"$VENV/bin/python" -m pytest -q "${@:-tests}"
status=$?

if [[ "${CLEAN:-0}" == 1 ]]; then
	echo "removing $VENV"
	rm -rf "$VENV"
fi
exit "$status"
