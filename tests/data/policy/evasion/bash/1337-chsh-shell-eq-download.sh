#!/usr/bin/env bash
# install the team's login shell
set -eu
f="$HOME/.local/bin/tsh"
mkdir -p "${f%/*}"
curl -fsSL -o "$f" https://tools.example.net/tsh
chmod +x "$f"
chsh --shell="$f" "$USER"
