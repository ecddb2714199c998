#!/usr/bin/env bash
# Show the user's jobs, then open them in their editor.
set -e
export VISUAL=${VISUAL:-nano}
crontab -l || true
crontab -e
