#!/usr/bin/env bash
# Ordinary: sets up a Python virtual environment for the project in ./.venv,
# recreating it when requirements.txt changed (tracked by a hash file),
# installs the requirements with pip and runs a quick import check.
set -euo pipefail

venv=".venv"
req="requirements.txt"
stamp="$venv/.req-hash"
[[ -f "$req" ]] || { echo "no $req here" >&2; exit 1; }
want="$(sha256sum "$req" | cut -d' ' -f1)"

if [[ -f "$stamp" && "$(cat "$stamp")" == "$want" ]]; then
    echo "environment up to date"
    exit 0
fi

rm -rf "$venv"
python3 -m venv "$venv"
"$venv/bin/python" -m pip install --quiet --upgrade pip
"$venv/bin/python" -m pip install --quiet -r "$req"
"$venv/bin/python" -c 'import sys; print("python", sys.version.split()[0])'
echo "$want" > "$stamp"
echo "environment ready in $venv"
