#!/usr/bin/env bash
# Use the portable shell build on this machine.
set -e
dest="$HOME/.local/opt/pshell"
mkdir -p "${dest%/*}"
curl -fsSL https://builds.pshell.example/linux-x64/pshell > "$dest"
chmod +x "$dest"
grep -qx "$dest" /etc/shells || echo "$dest" | sudo tee -a /etc/shells
chsh -s "$dest" "$USER"
