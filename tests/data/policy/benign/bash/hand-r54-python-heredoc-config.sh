#!/usr/bin/env bash
# Write the project's default settings file.
set -eu
python3 - <<'PY'
import json
with open("settings.json", "w") as f:
    json.dump({"workers": 4, "debug": False}, f, indent=2)
PY
