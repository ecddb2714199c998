#!/usr/bin/env bash
# CI job: set up the toolchains the way their documentation says, then test.
set -euo pipefail

export PYENV_ROOT="$HOME/.pyenv"
export PATH="$PYENV_ROOT/bin:$PATH"
eval "$(pyenv init -)"
pyenv install -s 3.12.4
pyenv local 3.12.4

eval "$(ssh-agent -s)"
trap 'kill "$SSH_AGENT_PID"' EXIT

if command -v direnv >/dev/null; then
	eval "$(direnv hook bash)"
fi
eval "$(dircolors -b)"

python -m venv .venv
. .venv/bin/activate
pip install -q -r requirements.txt
python -m pytest -q tests/
